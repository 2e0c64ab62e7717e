package it.org.camsrv.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.TestTokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * RFC 8725 on a real server left at its defaults: refresh tokens expire, are rotated with reuse
 * detection, and every token names its kind, audience and this installation.
 */
@ExtendWith(ArquillianExtension.class)
class TokenKindsIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("token-kinds");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void refreshTokensExpireAfterThirtyDaysWhenNothingIsSet() {
        JWTClaimsSet refresh = TestTokens.claimsOf(new ApiClient(base).login("owner", "owner-password").getString("refresh_token"));
        Instant expected = Instant.now().plus(Duration.ofDays(30));
        Instant exp = refresh.getExpirationTime().toInstant();
        assertTrue(Duration.between(exp, expected).abs().compareTo(Duration.ofMinutes(5)) < 0, "exp " + exp);
    }

    @Test
    void eachTokenNamesItsKindItsAudienceAndThisInstallation() throws java.text.ParseException {
        JsonObject login = new ApiClient(base).login("owner", "owner-password");
        SignedJWT access = SignedJWT.parse(login.getString("access_token"));
        SignedJWT refresh = SignedJWT.parse(login.getString("refresh_token"));
        assertEquals("at+jwt", access.getHeader().getType().getType());
        assertEquals("refresh+jwt", refresh.getHeader().getType().getType());
        assertEquals(List.of("camsrv"), access.getJWTClaimsSet().getAudience());
        assertEquals(List.of("camsrv-refresh"), refresh.getJWTClaimsSet().getAudience());

        String issuer = access.getJWTClaimsSet().getIssuer();
        assertTrue(issuer.matches("camsrv:[0-9a-f]{32}"), issuer);
        assertEquals(issuer, refresh.getJWTClaimsSet().getIssuer());
        for (String claim : List.of("iss", "sub", "exp", "iat", "jti", "groups")) {
            assertTrue(access.getJWTClaimsSet().getClaims().containsKey(claim), "access token has " + claim);
            assertTrue(refresh.getJWTClaimsSet().getClaims().containsKey(claim), "refresh token has " + claim);
        }
    }

    @Test
    void refreshRotatesAndTheLoginsRefreshTokenWorksUntilItsSuccessorIsUsed() {
        ApiClient api = new ApiClient(base);
        String other = api.login("owner", "owner-password").getString("refresh_token");
        String first = api.login("owner", "owner-password").getString("refresh_token");

        Answer once = refresh(api, first);
        Answer twice = refresh(api, first);
        assertTrue(once.json().containsKey("access_token") && once.json().containsKey("refresh_token"), once.text());
        assertEquals(200, twice.status(), "a raspiCamSrv client keeps using the login's refresh token: " + twice);

        String second = once.json().getString("refresh_token");
        Answer rotated = refresh(api, second);
        String accessOfFamily = rotated.json().getString("access_token");
        String third = rotated.json().getString("refresh_token");
        assertEquals(200, api.get("api/protected", accessOfFamily).status());

        Answer reuse = api.post("api/refresh", "", first);
        assertEquals(401, reuse.status(), "the successor was used, so this is a stolen copy: " + reuse);
        assertEquals("Token has been revoked", reuse.json().getString("msg"));
        assertRevoked(api.post("api/refresh", "", third), "the whole family ends");
        assertRevoked(api.get("api/protected", accessOfFamily), "and its access tokens");
        assertEquals(200, api.post("api/refresh", "", other).status(), "another login's family lives on");
    }

    private static Answer refresh(ApiClient api, String refreshToken) {
        Answer answer = api.post("api/refresh", "", refreshToken);
        assertEquals(200, answer.status(), answer.toString());
        return answer;
    }

    private static void assertRevoked(Answer answer, String why) {
        assertEquals(401, answer.status(), why + ": " + answer);
        assertEquals("Token has been revoked", answer.json().getString("msg"), why);
    }
}
