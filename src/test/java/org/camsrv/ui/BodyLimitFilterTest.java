package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which page bodies may be read: up to 64 KiB with a length; none without one. */
class BodyLimitFilterTest {

    @Test
    void aFormUpToTheLimitIsRead() {
        assertEquals(0, BodyLimitFilter.refusal(64 * 1024, null));
        assertEquals(0, BodyLimitFilter.refusal(0, null));
        assertEquals(0, BodyLimitFilter.refusal(-1, null), "a GET has no body and no length");
    }

    @Test
    void aLargerFormIsTooLarge() {
        assertEquals(413, BodyLimitFilter.refusal(64 * 1024 + 1, null));
        assertEquals(413, BodyLimitFilter.refusal(200L * 1024 * 1024, "chunked"));
    }

    @Test
    void aBodyWithoutLengthNeedsOne() {
        assertEquals(411, BodyLimitFilter.refusal(-1, "chunked"));
        assertEquals(0, BodyLimitFilter.refusal(-1, " "), "a blank header announces no body");
    }
}
