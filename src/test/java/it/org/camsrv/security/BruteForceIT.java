package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Guessing passwords at /api/login: after a few failures the name is refused with 429 and Retry-After. */
@ExtendWith(ArquillianExtension.class)
class BruteForceIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("brute-force");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA)
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void repeatedFailuresAreAnsweredWith429EvenForTheRightPassword() {
        ApiClient api = new ApiClient(base);
        for (int i = 0; i < 5; i++) {
            Answer wrong = api.post("api/login", "{\"username\": \"owner\", \"password\": \"guess-" + i + "\"}", null);
            assertEquals(401, wrong.status(), wrong.text());
        }
        Answer blocked = api.post("api/login", "{\"username\": \"owner\", \"password\": \"owner-password\"}", null);
        assertEquals(429, blocked.status(), blocked.text());
        assertTrue(Integer.parseInt(blocked.header("Retry-After")) > 0);
        assertTrue(blocked.json().getString("error").startsWith("Too many failed logins"));

        for (int i = 0; i < 5; i++) {
            api.post("api/login", "{\"username\": \"nobody\", \"password\": \"guess-" + i + "\"}", null);
        }
        Answer unknown = api.post("api/login", "{\"username\": \"nobody\", \"password\": \"x\"}", null);
        assertEquals(429, unknown.status(), "an unknown name is treated the same: " + unknown.text());
    }
}
