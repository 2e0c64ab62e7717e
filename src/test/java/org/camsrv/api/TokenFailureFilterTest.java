package org.camsrv.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Taking the token out of an Authorization header. */
class TokenFailureFilterTest {

    @Test
    void noHeaderHasNoToken() {
        assertNull(TokenFailureFilter.bearerToken(null));
        assertNull(TokenFailureFilter.bearerToken(""));
    }

    @Test
    void theSchemeAloneHasNoToken() {
        assertNull(TokenFailureFilter.bearerToken("Bearer"));
        assertNull(TokenFailureFilter.bearerToken("Bearer "));
        assertNull(TokenFailureFilter.bearerToken("Bearer    "));
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertEquals("abc", TokenFailureFilter.bearerToken("bearer abc"));
        assertEquals("abc", TokenFailureFilter.bearerToken("BEARER abc"));
    }

    @Test
    void otherSchemesHaveNoBearerToken() {
        assertNull(TokenFailureFilter.bearerToken("Basic abc"));
        assertNull(TokenFailureFilter.bearerToken("Digest username=\"alice\""));
        assertNull(TokenFailureFilter.bearerToken("Bearerabc"));
    }

    @Test
    void spacesAroundTheTokenAreDropped() {
        assertEquals("abc", TokenFailureFilter.bearerToken("Bearer  abc  "));
        assertEquals("abc", TokenFailureFilter.bearerToken("  Bearer abc"));
    }

    @Test
    void aJwtIsTakenAsItIs() {
        String jwt = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";

        assertEquals(jwt, TokenFailureFilter.bearerToken("Bearer " + jwt));
    }
}
