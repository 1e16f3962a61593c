// Quoteshelf's own script for the reader page. It runs in an isolated world (the page's own
// JavaScript is disabled) and talks to the application through QWebChannel.
(function () {
    "use strict";
    if (window.__quoteshelf)
        return;
    window.__quoteshelf = {};

    var bridge = null;
    var lastProgress = -1;

    function progress() {
        var doc = document.documentElement;
        var scrollable = doc.scrollHeight - window.innerHeight;
        return scrollable <= 0 ? 1 : Math.min(1, Math.max(0, window.scrollY / scrollable));
    }

    function reportProgress() {
        if (!bridge)
            return;
        var p = Math.round(progress() * 1000) / 1000;
        if (p !== lastProgress) {
            lastProgress = p;
            bridge.reportProgress(p);
        }
    }

    var scrollTimer = 0;
    window.addEventListener("scroll", function () {
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(reportProgress, 250);
    }, { passive: true });

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

    // Normalises a DOM boundary (container, offset) to a text node position when it points
    // between elements.
    function textBoundary(container, offset, atEnd) {
        if (container.nodeType === Node.TEXT_NODE)
            return { node: container, index: offset };
        var walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, null);
        var child = container.childNodes[offset];
        var node;
        if (child && !atEnd) {
            while ((node = walker.nextNode())) {
                if (child === node || child.contains(node))
                    return { node: node, index: 0 };
                if (child.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
                    return { node: node, index: 0 };
            }
        }
        var last = null;
        while ((node = walker.nextNode())) {
            if (child && (child === node || child.contains(node) ||
                          (child.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)))
                break;
            last = node;
        }
        return last ? { node: last, index: last.data.length } : null;
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
        return { start: start, end: end, rect: rectOf(range), text: range.toString() };
    }
    window.__quoteshelf.selection = currentSelection;

    // Selects [start, end) in the page (tests and "re-attach" use it).
    window.__quoteshelf.select = function (start, end) {
        var range = rangeFor(start, end);
        if (!range)
            return false;
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        reportSelection();
        return true;
    };

    var lastReported = "";
    function reportSelection() {
        if (!bridge)
            return;
        var s = currentSelection();
        var key = s ? s.start + ":" + s.end : "";
        if (key === lastReported)
            return;
        lastReported = key;
        if (s)
            bridge.reportSelection(s.start, s.end, s.rect);
        else
            bridge.reportSelection(-1, -1, [0, 0, 0, 0]);
    }
    // Reported when the reader lets go of the mouse or the keys, not while a selection grows.
    var selectionTimer = 0;
    function scheduleReport() {
        clearTimeout(selectionTimer);
        selectionTimer = setTimeout(reportSelection, 30);
    }
    document.addEventListener("mouseup", scheduleReport);
    document.addEventListener("keyup", scheduleReport);

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
            if (bridge && bridge.initialProgress > 0)
                window.scrollTo(0, bridge.initialProgress * (document.documentElement.scrollHeight - window.innerHeight));
            reportProgress();
        });
    }

    if (document.readyState === "loading")
        document.addEventListener("DOMContentLoaded", connect);
    else
        connect();
})();
