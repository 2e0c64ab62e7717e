package org.camsrv.auth.viewer;

import java.time.Instant;

/** A viewer key as the Viewer Keys tab lists it: never the key itself, which nobody has after it was shown once. */
public record ViewerKey(long id, String name, String owner, Instant created, Instant lastUsed) {
}
