/* The Live page's player. H.264 where it can: fragmented MP4 from the server's WebSocket into a Media Source
   (ManagedMediaSource on Safari), kept near the live edge; else the MJPEG stream in an image. The line under
   the picture says which plays and why. A file, not inline script, so the page policy can forbid inline. */
(function () {
    "use strict";

    var RECONNECT_MS = 1500;       /* after a lost connection */
    var FAILURES_BEFORE_MJPEG = 3; /* connections in a row that brought no picture */
    var MAX_LAG_SECONDS = 1.0;     /* further behind the newest frame than this: jump to it */
    var CATCH_UP_SECONDS = 0.3;    /* further behind than this: play a little faster */
    var KEEP_SECONDS = 10;         /* buffer kept behind the playing position */

    var video, image, line;

    function say(mode, text) {
        line.setAttribute("data-mode", mode);
        line.textContent = text;
    }

    function playMjpeg(why) {
        video.hidden = true;
        video.removeAttribute("src");
        var base = image.getAttribute("data-src");
        image.hidden = false;
        image.setAttribute("src", base + "?t=" + Date.now());
        say("mjpeg", "Playing MJPEG: " + why + ".");
        /* The server ends a stream after ten minutes, so that no viewer holds a thread for ever: start a fresh one before. */
        var seconds = parseInt(image.getAttribute("data-reconnect-seconds"), 10);
        if (seconds > 0) {
            setInterval(function () { image.setAttribute("src", base + "?t=" + Date.now()); }, seconds * 1000);
        }
    }

    function mediaSourceType() {
        if (window.ManagedMediaSource) { return window.ManagedMediaSource; }
        if (window.MediaSource) { return window.MediaSource; }
        return null;
    }

    function socketUrl(path) {
        return (window.location.protocol === "https:" ? "wss://" : "ws://") + window.location.host + path;
    }

    /* One connection: a Media Source fed from one WebSocket; on its end the player starts another. */
    function connect(path, Source, failures) {
        var source = new Source();
        var socket = new WebSocket(socketUrl(path));
        var buffer = null;
        var pending = [];
        var sawPicture = false;
        var ended = false;
        socket.binaryType = "arraybuffer";
        video.disableRemotePlayback = true; /* ManagedMediaSource plays only without AirPlay */
        var sourceUrl = URL.createObjectURL(source);
        video.src = sourceUrl;

        function feed() {
            if (!buffer || buffer.updating || pending.length === 0) { return; }
            try {
                buffer.appendBuffer(pending.shift());
            } catch (e) {
                socket.close(); /* a full or broken buffer: start afresh */
            }
        }

        function keepNearLiveEdge() {
            var ranges = buffer.buffered;
            if (ranges.length === 0) { return; }
            var start = ranges.start(ranges.length - 1);
            var end = ranges.end(ranges.length - 1);
            var lag = end - video.currentTime;
            if (video.currentTime < start || lag > MAX_LAG_SECONDS) {
                video.currentTime = Math.max(start, end - 0.05);
            }
            video.playbackRate = lag > CATCH_UP_SECONDS ? 1.1 : 1.0;
            if (video.paused) { video.play().catch(function () { /* autoplay refused: the controls stay */ }); }
            if (!buffer.updating && video.currentTime - ranges.start(0) > 2 * KEEP_SECONDS) {
                buffer.remove(0, video.currentTime - KEEP_SECONDS);
            }
        }

        function begin(mimeType) {
            if (!Source.isTypeSupported(mimeType)) {
                ended = true;
                socket.close();
                playMjpeg("this browser cannot play " + mimeType);
                return;
            }
            var open = function () {
                buffer = source.addSourceBuffer(mimeType);
                buffer.mode = "segments";
                buffer.addEventListener("updateend", function () {
                    if (!sawPicture && buffer.buffered.length > 0) {
                        sawPicture = true;
                        video.hidden = false;
                        say("h264", "Playing H.264 (fragmented MP4 over a WebSocket).");
                    }
                    if (buffer.buffered.length > 0) { keepNearLiveEdge(); }
                    feed();
                });
                feed();
            };
            if (source.readyState === "open") { open(); } else { source.addEventListener("sourceopen", open, { once: true }); }
        }

        socket.onmessage = function (event) {
            if (typeof event.data === "string") {
                begin(event.data);
            } else {
                pending.push(event.data);
                feed();
            }
        };
        socket.onclose = function () {
            if (ended) { return; }
            ended = true;
            URL.revokeObjectURL(sourceUrl);
            var failed = sawPicture ? 0 : failures + 1;
            if (failed >= FAILURES_BEFORE_MJPEG) {
                playMjpeg("the H.264 stream did not start");
                return;
            }
            if (sawPicture) { say("h264", "Playing H.264 (fragmented MP4 over a WebSocket): reconnecting…"); }
            setTimeout(function () { connect(path, Source, failed); }, RECONNECT_MS);
        };
    }

    document.addEventListener("DOMContentLoaded", function () {
        video = document.getElementById("liveVideo");
        image = document.getElementById("liveView");
        line = document.getElementById("liveMode");
        if (!video || !image || !line) { return; }
        var path = video.getAttribute("data-socket");
        var Source = mediaSourceType();
        if (!path) {
            playMjpeg(video.getAttribute("data-no-h264") || "the server has no H.264 encoder");
        } else if (!Source) {
            playMjpeg("this browser has no Media Source Extensions");
        } else {
            say("starting", "Starting the H.264 live view…");
            connect(path, Source, 0);
        }
    });
}());
