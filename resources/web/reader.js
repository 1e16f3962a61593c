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

    window.__quoteshelf.setTheme = function (theme) {
        if (theme === "light" || theme === "sepia" || theme === "dark")
            document.documentElement.setAttribute("data-theme", theme);
    };

    function connect() {
        if (typeof qt === "undefined" || !qt.webChannelTransport)
            return;
        new QWebChannel(qt.webChannelTransport, function (channel) {
            bridge = channel.objects.reader;
            if (bridge)
                window.scrollTo(0, bridge.initialProgress * (document.documentElement.scrollHeight - window.innerHeight));
            reportProgress();
        });
    }

    if (document.readyState === "loading")
        document.addEventListener("DOMContentLoaded", connect);
    else
        connect();
})();
