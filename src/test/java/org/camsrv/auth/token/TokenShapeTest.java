package org.camsrv.auth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decoder's words for a token's form; TokenChecksTest covers the whole list through explainRejection. */
class TokenShapeTest {
    // Equivalent mutant PIT leaves alive: isJsonObject's "return true" goes through a local because of
    // try-with-resources, and replacing that local's value with true changes nothing.

    private static String part(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHeaderThatDecodesButIsNotJsonIsAnInvalidHeaderString() {
        String token = part("not json") + "." + part("{}") + "." + part("sig");

        assertEquals(Optional.of(TokenShape.BAD_HEADER), TokenShape.problemOf(token));
    }

    @Test
    void aHeaderThatIsAJsonArrayIsAnInvalidHeaderString() {
        String token = part("[1]") + "." + part("{}") + "." + part("sig");

        assertEquals(Optional.of(TokenShape.BAD_HEADER), TokenShape.problemOf(token));
    }

    @Test
    void aWellFormedTokenHasNoProblem() {
        String token = part("{\"alg\":\"ES256\"}") + "." + part("{}") + "." + part("sig");

        assertEquals(Optional.empty(), TokenShape.problemOf(token));
    }
}
