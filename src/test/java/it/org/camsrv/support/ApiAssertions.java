package it.org.camsrv.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.org.camsrv.support.ApiClient.Answer;

/** The contract's failure answers, checked the same way by every test. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /**
     * raspiCamSrv's status and words in "msg" for a refused token (the contract's table): 401 with the bearer
     * challenge for an expired or revoked token, 422 for one that is malformed, badly signed or of the wrong kind.
     */
    public static void assertRefused(Answer answer, String msg) {
        boolean unauthorized = msg.equals("Token has expired") || msg.equals("Token has been revoked");
        assertEquals(unauthorized ? 401 : 422, answer.status(), answer.text());
        assertEquals(msg, answer.json().getString("msg"));
        if (unauthorized) {
            assertEquals("Bearer error=\"invalid_token\"", answer.header("WWW-Authenticate"));
        }
    }

    /** 503 {"error": "API is not active"}. */
    public static void assertNotActive(Answer answer) {
        assertEquals(503, answer.status(), answer.text());
        assertEquals("API is not active", answer.json().getString("error"));
    }
}
