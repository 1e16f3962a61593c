// Quoteshelf's own script for the reader page. It runs in an isolated world and talks to the
// application through QWebChannel.
//
// The page runs with JavaScript disabled, and in such a page Chromium never runs timers
// (setTimeout, setInterval), not even in this world. Event listeners, microtasks and the channel
// do run. So nothing here is deferred: selections are reported straight from the events that make
// them, and the application does any waiting on its own side (reader view, C++ timers). The
// reading position is asked for by the application (progress()), because scroll events are not
// dependable in such a page either.
(function () {
    "use strict";
    if (window.__quoteshelf)
        return;
    window.__quoteshelf = {};

    var bridge = null;

    // How far down the article the reader is, 0..1 (1 when it fits on one screen).
    function progress() {
        var doc = document.documentElement;
        var scrollable = doc.scrollHeight - window.innerHeight;
        var p = scrollable <= 0 ? 1 : Math.min(1, Math.max(0, window.scrollY / scrollable));
        return Math.round(p * 1000) / 1000;
    }
    window.__quoteshelf.progress = progress;

    // Back to a reading position; returns where the page ended up.
    window.__quoteshelf.scrollToProgress = function (p) {
        if (typeof p === "number" && p > 0 && p <= 1)
            window.scrollTo(0, p * (document.documentElement.scrollHeight - window.innerHeight));
        return progress();
    };

    // --- Mapping between code-point offsets into the article text and the DOM ----------------
    // Every block element carries data-qs-start/-end: the range of its text in the stored plain
    // text. Inside a block, runs of white space count as one character, as they do in the text.

    function blockElements() {
        return Array.prototype.slice.call(document.querySelectorAll("[data-qs-start]"));
    }

    function blockFor(offset, preferEnd) {
        var blocks = blockElements();
        for (var i = 0; i < blocks.length; ++i) {
            var start = parseInt(blocks[i].getAttribute("data-qs-start"), 10);
            var end = parseInt(blocks[i].getAttribute("data-qs-end"), 10);
            if (offset >= start && (offset < end || (preferEnd && offset === end)))
                return { element: blocks[i], start: start, end: end };
        }
        return null;
    }

    // The DOM position (text node + UTF-16 index) of a code-point offset inside a block.
    function domPosition(block, offset) {
        var walker = document.createTreeWalker(block.element, NodeFilter.SHOW_TEXT, null);
        var position = block.start;
        var lastWasSpace = true; // leading white space of a block is not in the text
        var node;
        var lastNode = null;
        while ((node = walker.nextNode())) {
            lastNode = node;
            var data = node.data;
            for (var i = 0; i < data.length;) {
                var code = data.codePointAt(i);
                var width = code > 0xffff ? 2 : 1;
                var space = /\s/.test(data[i]);
                if (space && lastWasSpace) {
                    i += width;
                    continue;
                }
                if (position === offset)
                    return { node: node, index: i };
                position += 1;
                lastWasSpace = space;
                i += width;
            }
        }
        return lastNode ? { node: lastNode, index: lastNode.data.length } : null;
    }

    function rangeFor(start, end) {
        var first = blockFor(start, false);
        var last = blockFor(end, true);
        if (!first || !last)
            return null;
        var from = domPosition(first, start);
        var to = domPosition(last, end);
        if (!from || !to)
            return null;
        var range = document.createRange();
        range.setStart(from.node, from.index);
        range.setEnd(to.node, to.index);
        return range;
    }

    // Wraps every text node inside the range in a span; returns the spans.
    function wrapRange(range, makeSpan) {
        var root = range.commonAncestorContainer;
        if (root.nodeType === Node.TEXT_NODE)
            root = root.parentNode;
        var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
        var nodes = [];
        var node;
        while ((node = walker.nextNode())) {
            if (range.intersectsNode(node) && node.data.length > 0)
                nodes.push(node);
        }
        var spans = [];
        nodes.forEach(function (textNode) {
            var start = textNode === range.startContainer ? range.startOffset : 0;
            var end = textNode === range.endContainer ? range.endOffset : textNode.data.length;
            if (end <= start)
                return;
            if (end < textNode.data.length)
                textNode.splitText(end);
            var target = start > 0 ? textNode.splitText(start) : textNode;
            var span = makeSpan();
            target.parentNode.insertBefore(span, target);
            span.appendChild(target);
            spans.push(span);
        });
        return spans;
    }

    // quotes: [{id, start, end, speaker, color}]. Underlines each quote in its speaker's colour.
    window.__quoteshelf.markQuotes = function (quotes) {
        var marked = 0;
        (quotes || []).forEach(function (quote) {
            if (typeof quote.start !== "number" || typeof quote.end !== "number" || quote.end <= quote.start)
                return;
            var range = rangeFor(quote.start, quote.end);
            if (!range)
                return;
            var spans = wrapRange(range, function () {
                var span = document.createElement("span");
                span.className = "qs-quote";
                span.setAttribute("data-qs-quote", String(quote.id));
                if (/^#[0-9a-fA-F]{6}$/.test(quote.color || ""))
                    span.style.setProperty("--qs-speaker", quote.color);
                if (quote.speaker)
                    span.title = String(quote.speaker);
                return span;
            });
            if (spans.length)
                marked += 1;
        });
        return marked;
    };

    window.__quoteshelf.showQuote = function (id) {
        var spans = document.querySelectorAll('[data-qs-quote="' + String(parseInt(id, 10)) + '"]');
        if (!spans.length)
            return false;
        spans[0].scrollIntoView({ block: "center" });
        Array.prototype.forEach.call(spans, function (span) {
            span.classList.remove("qs-flash");
            void span.offsetWidth;
            span.classList.add("qs-flash");
        });
        return true;
    };

    window.__quoteshelf.focusSpeaker = function (name) {
        var spans = document.querySelectorAll("[data-qs-quote]");
        var first = null;
        Array.prototype.forEach.call(spans, function (span) {
            var on = !!name && span.title === name;
            span.classList.toggle("qs-focus", on);
            if (on && !first)
                first = span;
        });
        if (first)
            first.scrollIntoView({ block: "center", behavior: "smooth" });
        return !!first;
    };

    // --- Selection -> code-point offsets ---------------------------------------------------

    function closestBlock(node) {
        var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
        return element ? element.closest("[data-qs-start]") : null;
    }

    // Normalises a DOM boundary (container, offset) to a position in an article text node. A
    // boundary between elements (a triple click ends at the start of the next paragraph) becomes
    // the first article text after it (a start) or the last article text before it (an end).
    function textBoundary(container, offset, atEnd) {
        if (container.nodeType === Node.TEXT_NODE && closestBlock(container))
            return { node: container, index: offset };
        var point = document.createRange();
        point.setStart(container, offset);
        var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, null);
        var node;
        var last = null;
        while ((node = walker.nextNode())) {
            if (!node.data.length || !closestBlock(node))
                continue;
            if (atEnd) {
                if (point.comparePoint(node, node.data.length) > 0)
                    break;
                last = node;
            } else if (point.comparePoint(node, 0) >= 0) {
                return { node: node, index: 0 };
            }
        }
        return atEnd && last ? { node: last, index: last.data.length } : null;
    }

    // Blocks touched only at their edge do not belong to a selection: a selection that ends at
    // the very start of a paragraph ends with the paragraph before it, one that starts at the
    // very end of a paragraph starts with the next one (no stray paragraph breaks in highlights).
    function trimToBlocks(start, end) {
        var blocks = blockElements();
        for (var i = 0; i < blocks.length; ++i) {
            var blockStart = parseInt(blocks[i].getAttribute("data-qs-start"), 10);
            var blockEnd = parseInt(blocks[i].getAttribute("data-qs-end"), 10);
            if (blockEnd === start && i + 1 < blocks.length) {
                var next = parseInt(blocks[i + 1].getAttribute("data-qs-start"), 10);
                if (next < end)
                    start = next;
            }
            if (blockStart === end && i > 0) {
                var previous = parseInt(blocks[i - 1].getAttribute("data-qs-end"), 10);
                if (previous > start)
                    end = previous;
            }
        }
        return [start, end];
    }

    // The code-point offset of a text position, counted like domPosition() counts.
    function offsetOf(node, index) {
        var block = closestBlock(node);
        if (!block)
            return -1;
        var position = parseInt(block.getAttribute("data-qs-start"), 10);
        var end = parseInt(block.getAttribute("data-qs-end"), 10);
        var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, null);
        var lastWasSpace = true;
        var current;
        while ((current = walker.nextNode())) {
            var data = current.data;
            for (var i = 0; i < data.length;) {
                if (current === node && i >= index)
                    return Math.min(position, end);
                var width = data.codePointAt(i) > 0xffff ? 2 : 1;
                var space = /\s/.test(data[i]);
                if (!(space && lastWasSpace)) {
                    position += 1;
                    lastWasSpace = space;
                }
                i += width;
            }
            if (current === node)
                return Math.min(position, end);
        }
        return Math.min(position, end);
    }

    // The character at a code-point offset of the article text, as the page shows it.
    function characterAt(offset) {
        var block = blockFor(offset, false);
        var position = block ? domPosition(block, offset) : null;
        return position && position.index < position.node.data.length ? position.node.data[position.index] : "";
    }

    function rectOf(range) {
        var r = range.getBoundingClientRect();
        return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
    }

    function currentSelection() {
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
            return null;
        var range = selection.getRangeAt(0);
        var from = textBoundary(range.startContainer, range.startOffset, false);
        var to = textBoundary(range.endContainer, range.endOffset, true);
        if (!from || !to)
            return null;
        var start = offsetOf(from.node, from.index);
        var end = offsetOf(to.node, to.index);
        if (start < 0 || end < 0 || end <= start)
            return null;
        var trimmed = trimToBlocks(start, end);
        start = trimmed[0];
        end = trimmed[1];
        // A drag that ends in the space after a word does not make the space part of a highlight.
        while (start < end && /\s/.test(characterAt(start)))
            start += 1;
        while (end > start && /\s/.test(characterAt(end - 1)))
            end -= 1;
        if (end <= start)
            return null;
        return { start: start, end: end, rect: rectOf(range), text: range.toString() };
    }
    window.__quoteshelf.selection = currentSelection;

    // After a highlight is made, it shows instead of the selection.
    window.__quoteshelf.clearSelection = function () {
        var selection = window.getSelection();
        if (caretOn && selection.rangeCount)
            selection.collapseToEnd();
        else
            selection.removeAllRanges();
        return true;
    };

    // Reported when a selection is made, never while it grows under the mouse: on mouseup for the
    // mouse (drag, double and triple click), on every change for the keyboard (Shift+arrows,
    // caret browsing, Select All; the application waits for a pause before it shows the popup).
    // A click that clears a selection clears it after mouseup; selectionchange reports that.
    var pointerDown = false;
    var lastReported = "";
    function reportSelection(gesture) {
        if (!bridge)
            return;
        var s = currentSelection();
        var key = s ? s.start + ":" + s.end : "";
        if (key === lastReported && gesture !== "mouse")
            return;
        lastReported = key;
        if (s)
            bridge.reportSelection(s.start, s.end, s.rect, gesture);
        else
            bridge.reportSelection(-1, -1, [0, 0, 0, 0], gesture);
    }
    document.addEventListener("mousedown", function (event) {
        if (event.button === 0)
            pointerDown = true;
    }, true);
    document.addEventListener("mouseup", function (event) {
        if (event.button !== 0)
            return;
        pointerDown = false;
        reportSelection("mouse");
    }, true);
    document.addEventListener("selectionchange", function () {
        if (!pointerDown)
            reportSelection("keyboard");
        if (caretOn)
            drawCaret();
    });

    // --- Caret browsing (F7) ---------------------------------------------------------------
    // A text cursor in the article, moved with the arrow keys (Ctrl: by word, Home/End: line,
    // Ctrl+Home/End: article); Shift extends the selection from it. Chromium has no caret in
    // text that cannot be edited, so the script moves the selection itself and draws the caret.

    var caretOn = false;
    var caretElement = null;

    var caretKeys = {
        ArrowLeft: ["backward", "character", "word"],
        ArrowRight: ["forward", "character", "word"],
        ArrowUp: ["backward", "line", "paragraph"],
        ArrowDown: ["forward", "line", "paragraph"],
        Home: ["backward", "lineboundary", "documentboundary"],
        End: ["forward", "lineboundary", "documentboundary"]
    };

    function firstVisibleText() {
        var blocks = document.querySelectorAll("[data-qs-start]");
        for (var i = 0; i < blocks.length; ++i) {
            var r = blocks[i].getBoundingClientRect();
            if (r.bottom <= 0 || r.height === 0)
                continue;
            var walker = document.createTreeWalker(blocks[i], NodeFilter.SHOW_TEXT, null);
            var node;
            while ((node = walker.nextNode())) {
                if (/\S/.test(node.data))
                    return node;
            }
        }
        return null;
    }

    function caretRect() {
        var selection = window.getSelection();
        if (!selection || !selection.focusNode)
            return null;
        var range = document.createRange();
        range.setStart(selection.focusNode, selection.focusOffset);
        range.collapse(true);
        var rects = range.getClientRects();
        var rect = rects.length ? rects[0] : range.getBoundingClientRect();
        if (!rect || (rect.height === 0 && rect.top === 0)) {
            var element = selection.focusNode.nodeType === Node.TEXT_NODE ? selection.focusNode.parentElement : selection.focusNode;
            rect = element ? element.getBoundingClientRect() : null;
        }
        return rect;
    }

    function drawCaret() {
        var rect = caretRect();
        if (!rect)
            return;
        if (!caretElement) {
            caretElement = document.createElement("div");
            caretElement.className = "qs-caret";
            caretElement.setAttribute("aria-hidden", "true");
            document.body.appendChild(caretElement);
        }
        caretElement.style.left = (rect.left + window.scrollX) + "px";
        caretElement.style.top = (rect.top + window.scrollY) + "px";
        caretElement.style.height = Math.max(rect.height, 16) + "px";
        // Keep the caret on screen, with a line of margin.
        var margin = rect.height * 2;
        if (rect.top < margin)
            window.scrollBy(0, rect.top - margin);
        else if (rect.bottom > window.innerHeight - margin)
            window.scrollBy(0, rect.bottom - window.innerHeight + margin);
    }

    window.__quoteshelf.setCaretBrowsing = function (on) {
        caretOn = !!on;
        if (!caretOn) {
            if (caretElement)
                caretElement.remove();
            caretElement = null;
            return false;
        }
        var selection = window.getSelection();
        var inArticle = selection.rangeCount > 0 && closestBlock(selection.focusNode);
        if (!inArticle) {
            var text = firstVisibleText();
            if (text)
                selection.collapse(text, text.data.search(/\S/));
        }
        drawCaret();
        return true;
    };

    document.addEventListener("keydown", function (event) {
        if (!caretOn || event.altKey || event.metaKey)
            return;
        var step = caretKeys[event.key];
        if (!step)
            return;
        event.preventDefault();
        event.stopPropagation();
        var selection = window.getSelection();
        if (!selection.rangeCount)
            window.__quoteshelf.setCaretBrowsing(true);
        selection.modify(event.shiftKey ? "extend" : "move", step[0], event.ctrlKey ? step[2] : step[1]);
        drawCaret();
    }, true);

    // --- Highlights ----------------------------------------------------------------------

    var colours = ["yellow", "green", "blue", "pink", "purple"];

    function unwrapAll(selector) {
        Array.prototype.forEach.call(document.querySelectorAll(selector), function (element) {
            var parent = element.parentNode;
            while (element.firstChild)
                parent.insertBefore(element.firstChild, element);
            parent.removeChild(element);
            parent.normalize();
        });
    }

    // highlights: [{id, start, end, color, note}]; replaces whatever highlights were drawn.
    window.__quoteshelf.markHighlights = function (highlights) {
        unwrapAll("mark[data-qs-hl]");
        var drawn = 0;
        (highlights || []).forEach(function (h) {
            if (typeof h.start !== "number" || typeof h.end !== "number" || h.end <= h.start)
                return;
            var colour = colours.indexOf(h.color) >= 0 ? h.color : "yellow";
            var range = rangeFor(h.start, h.end);
            if (!range)
                return;
            var marks = wrapRange(range, function () {
                var mark = document.createElement("mark");
                mark.className = "qs-mark qs-mark-" + colour;
                mark.setAttribute("data-qs-hl", String(parseInt(h.id, 10)));
                return mark;
            });
            if (marks.length && h.note)
                marks[marks.length - 1].classList.add("qs-has-note");
            if (marks.length)
                drawn += 1;
        });
        return drawn;
    };

    window.__quoteshelf.showHighlight = function (id) {
        var marks = document.querySelectorAll('mark[data-qs-hl="' + String(parseInt(id, 10)) + '"]');
        if (!marks.length)
            return false;
        marks[0].scrollIntoView({ block: "center" });
        Array.prototype.forEach.call(marks, function (mark) {
            mark.classList.remove("qs-flash");
            void mark.offsetWidth;
            mark.classList.add("qs-flash");
        });
        return true;
    };

    document.addEventListener("click", function (event) {
        if (!bridge)
            return;
        var selection = window.getSelection();
        if (selection && !selection.isCollapsed)
            return;
        var mark = event.target.closest ? event.target.closest("mark[data-qs-hl]") : null;
        if (mark) {
            var range = document.createRange();
            range.selectNodeContents(mark);
            bridge.reportHighlightClicked(parseInt(mark.getAttribute("data-qs-hl"), 10), rectOf(range));
        }
    });

    window.__quoteshelf.textOf = function (start, end) {
        var range = rangeFor(start, end);
        return range ? range.toString() : null;
    };

    // Scrolls to the element whose text range contains the code-point offset.
    window.__quoteshelf.scrollToOffset = function (offset) {
        var blocks = document.querySelectorAll("[data-qs-start]");
        for (var i = 0; i < blocks.length; ++i) {
            var start = parseInt(blocks[i].getAttribute("data-qs-start"), 10);
            var end = parseInt(blocks[i].getAttribute("data-qs-end"), 10);
            if (offset >= start && offset <= end) {
                blocks[i].scrollIntoView({ block: "center" });
                blocks[i].classList.remove("qs-flash");
                void blocks[i].offsetWidth;
                blocks[i].classList.add("qs-flash");
                return true;
            }
        }
        return false;
    };

    // style: {size: px, line: ratio, width: em, font: "serif"|"sans"}; every value is checked.
    window.__quoteshelf.setStyle = function (style) {
        var root = document.documentElement.style;
        if (typeof style.size === "number" && style.size >= 10 && style.size <= 48)
            root.setProperty("--qs-size", style.size + "px");
        if (typeof style.line === "number" && style.line >= 1 && style.line <= 2.5)
            root.setProperty("--qs-line", String(style.line));
        if (typeof style.width === "number" && style.width >= 20 && style.width <= 80)
            root.setProperty("--qs-width", style.width + "em");
        if (style.font === "sans")
            root.setProperty("--qs-font", '"Noto Sans", "DejaVu Sans", system-ui, sans-serif');
        else if (style.font === "serif")
            root.removeProperty("--qs-font");
    };

    window.__quoteshelf.setTheme = function (theme) {
        if (theme === "light" || theme === "sepia" || theme === "dark")
            document.documentElement.setAttribute("data-theme", theme);
    };

    function connect() {
        if (typeof qt === "undefined" || !qt.webChannelTransport)
            return;
        new QWebChannel(qt.webChannelTransport, function (channel) {
            bridge = channel.objects.reader;
        });
    }

    if (document.readyState === "loading")
        document.addEventListener("DOMContentLoaded", connect);
    else
        connect();
})();
