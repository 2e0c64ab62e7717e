package org.camsrv.auth.token;

import java.time.Instant;

/** A non-expiring token generated in the UI, as listed on the API tab: never the token itself. */
public record GeneratedToken(String id, String name, String owner, Instant created, Instant lastUsed) {
}
