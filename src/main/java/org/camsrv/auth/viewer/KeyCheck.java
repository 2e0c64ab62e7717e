package org.camsrv.auth.viewer;

import java.time.Duration;

/** How the check of a key that came with a stream request ended. */
public sealed interface KeyCheck permits KeyCheck.Accepted, KeyCheck.Rejected, KeyCheck.Throttled {

    /** A live key: its holder may watch the owner's cameras. */
    record Accepted(ViewerKeyHolder holder) implements KeyCheck {
    }

    /** Not a live key; {@code reason} is for the client and names no key. */
    record Rejected(String reason) implements KeyCheck {
    }

    /** Not checked: this address sent too many wrong keys. */
    record Throttled(Duration retryAfter) implements KeyCheck {
        /** Whole seconds, at least one, as Retry-After gives them. */
        public long seconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        public String message() {
            return "Too many wrong viewer keys from this address. Please try again in " + seconds() + " seconds.";
        }
    }
}
