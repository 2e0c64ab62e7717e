/* CamSrv page behaviour: the Copy buttons and the restart page. No inline scripts, so a strict
   Content-Security-Policy can forbid them. */
(function () {
    "use strict";

    /* A button with data-copy="<id>" copies that element's text; data-copy-result names where to say
       how it went (the API tab's token uses copyResult). */
    function copyText(button) {
        var source = document.getElementById(button.getAttribute("data-copy"));
        var result = document.getElementById(button.getAttribute("data-copy-result") || "copyResult");
        var text = source ? source.textContent.trim() : "";
        function done(message) { if (result) { result.textContent = message; } }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(function () { done("Copied"); }, function () { selectText(source); done("Press Ctrl+C to copy"); });
        } else {
            selectText(source);
            try { done(document.execCommand("copy") ? "Copied" : "Press Ctrl+C to copy"); } catch (e) { done("Press Ctrl+C to copy"); }
        }
    }

    function selectText(element) {
        var folded = element.closest ? element.closest("details") : null;
        if (folded) { folded.open = true; } // nothing folded away can be selected
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    function waitForRestart(section) {
        var state = document.getElementById("restartState");
        var started = Date.now();
        var sawDown = false;
        function poll() {
            fetch(section.getAttribute("data-poll"), { cache: "no-store" }).then(function (answer) {
                if (answer.ok && (sawDown || Date.now() - started > 8000)) {
                    state.textContent = "The server is back. Opening Settings…";
                    window.location.assign(section.getAttribute("data-next"));
                } else {
                    if (!answer.ok) { sawDown = true; }
                    setTimeout(poll, 1000);
                }
            }, function () {
                sawDown = true;
                state.textContent = "The server is restarting…";
                setTimeout(poll, 1000);
            });
        }
        setTimeout(poll, 1500);
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-copy]") : null;
        if (button) { copyText(button); }
    });
    document.addEventListener("DOMContentLoaded", function () {
        var section = document.getElementById("restarting");
        if (section) { waitForRestart(section); }
    });
}());
