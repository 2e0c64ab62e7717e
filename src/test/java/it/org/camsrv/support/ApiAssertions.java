package it.org.camsrv.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.org.camsrv.support.ApiClient.Answer;

/** The contract's failure answers, checked the same way by every test. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /** 401, raspiCamSrv's words in "msg", and the bearer challenge for a bad token. */
    public static void assertRefused(Answer answer, String msg) {
        assertEquals(401, answer.status(), answer.text());
        assertEquals(msg, answer.json().getString("msg"));
        assertEquals("Bearer error=\"invalid_token\"", answer.header("WWW-Authenticate"));
    }

    /** 503 {"error": "API is not active"}. */
    public static void assertNotActive(Answer answer) {
        assertEquals(503, answer.status(), answer.text());
        assertEquals("API is not active", answer.json().getString("error"));
    }
}
