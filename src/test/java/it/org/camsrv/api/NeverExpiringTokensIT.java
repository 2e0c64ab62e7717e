package it.org.camsrv.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.TestTokens;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Access Token Expiration 0: login answers an access token that does not expire, and no refresh token. */
@ExtendWith(ArquillianExtension.class)
class NeverExpiringTokensIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("never-expiring");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA).admin("owner", "owner-password")
                .with("camsrv.api.secrets.file", DATA.resolve("keys/camsrv.secrets").toString())
                .with("camsrv.api.access.minutes", "0")
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void loginLeavesOutTheRefreshTokenAndTheAccessTokenLivesOn() {
        ApiClient api = new ApiClient(base);
        var tokens = api.login("owner", "owner-password");
        assertFalse(tokens.containsKey("refresh_token"), tokens.toString());
        String access = tokens.getString("access_token");
        Instant expires = TestTokens.claimsOf(access).getExpirationTime().toInstant();
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofDays(365 * 50))), "exp " + expires);
        assertEquals(200, api.get("api/protected", access).status());
    }
}
