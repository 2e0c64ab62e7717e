package it.org.camsrv.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import static it.org.camsrv.support.ApiAssertions.assertRefused;

import it.org.camsrv.support.ApiAssertions;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.TestTokens;
import java.net.URL;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camsrv.secrets.JwtKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every row of contract §4 against the app on a real Liberty, with the API active from a preset path. */
@ExtendWith(ArquillianExtension.class)
class TokenApiIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("token-api");
    private static final Path SECRETS = DATA.resolve("secrets/camsrv.secrets");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA)
                .admin("owner", "owner-password")
                .with("camsrv.api.secrets.file", SECRETS.toString())
                .with("camsrv.api.access.minutes", "30")
                .with("camsrv.api.refresh.days", "2")
                .build();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(base);
    }

    @Test
    void loginAnswersAnAccessAndARefreshToken() {
        var tokens = api.login("owner", "owner-password");
        assertEquals(2, tokens.size(), tokens.toString());
        JWTClaimsSet access = TestTokens.claimsOf(tokens.getString("access_token"));
        JWTClaimsSet refresh = TestTokens.claimsOf(tokens.getString("refresh_token"));
        assertTrue(access.getIssuer().startsWith("camsrv:"), access.getIssuer());
        assertEquals("owner", access.getSubject());
        assertNotNull(access.getJWTID());
        assertNotNull(access.getIssueTime());
        assertEquals(List.of("access"), access.getClaim("groups"));
        assertEquals(List.of("refresh"), refresh.getClaim("groups"));
        assertLifetime(Duration.ofMinutes(30), access);
        assertLifetime(Duration.ofDays(2), refresh);
        assertFalse(access.getJWTID().equals(refresh.getJWTID()));
    }

    @Test
    void tokenAnswersAreNeverCached() {
        Answer login = api.post("api/login", "{\"username\": \"owner\", \"password\": \"owner-password\"}", null);
        assertEquals("no-store", login.header("Cache-Control"));
        Answer refreshed = api.post("api/refresh", "", login.json().getString("refresh_token"));
        assertEquals(200, refreshed.status());
        assertEquals("no-store", refreshed.header("Cache-Control"));
    }

    @Test
    void accessTokenOpensTheProtectedRoute() {
        String access = api.login("owner", "owner-password").getString("access_token");
        Answer answer = api.get("api/protected", access);
        assertEquals(200, answer.status(), answer.text());
        assertEquals("Hello, owner! You accessed a protected route.", answer.json().getString("message"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Answer wrong = api.post("api/login", "{\"username\": \"owner\", \"password\": \"nope\"}", null);
        Answer unknown = api.post("api/login", "{\"username\": \"nobody\", \"password\": \"nope\"}", null);
        for (Answer answer : List.of(wrong, unknown)) {
            assertEquals(401, answer.status());
            assertEquals("Invalid username or password", answer.json().getString("error"));
        }
    }

    @Test
    void malformedLoginBodiesAnswer400WithAnError() {
        for (String body : List.of("", "not json", "[1,2]", "{\"username\": \"owner\"}",
                "{\"username\": 5, \"password\": \"x\"}", "{\"username\": \"owner\", \"password\": ")) {
            Answer answer = api.post("api/login", body, null);
            assertEquals(400, answer.status(), body);
            assertFalse(answer.json().getString("error").isBlank(), body);
        }
    }

    @Test
    void missingTokenIsRefusedWithRaspiCamSrvsWords() {
        Answer answer = api.get("api/protected", null);
        assertEquals(401, answer.status());
        assertEquals("Missing Authorization Header", answer.json().getString("msg"));
        assertEquals("Bearer", answer.header("WWW-Authenticate"));
    }

    @Test
    void refreshTokenIsRefusedOnProtectedRoute() {
        String refresh = api.login("owner", "owner-password").getString("refresh_token");
        assertRefused(api.get("api/protected", refresh), "Only non-refresh tokens are allowed");
    }

    @Test
    void accessTokenIsRefusedOnRefreshRoute() {
        String access = api.login("owner", "owner-password").getString("access_token");
        assertRefused(api.post("api/refresh", "", access), "Only refresh tokens are allowed");
    }

    @Test
    void refreshTokenBuysAWorkingAccessToken() {
        String refresh = api.login("owner", "owner-password").getString("refresh_token");
        Answer refreshed = api.post("api/refresh", "", refresh);
        assertEquals(200, refreshed.status(), refreshed.text());
        assertEquals(java.util.Set.of("access_token", "refresh_token"), refreshed.json().keySet());
        String access = refreshed.json().getString("access_token");
        assertEquals(List.of("access"), TestTokens.claimsOf(access).getClaim("groups"));
        assertEquals(200, api.get("api/protected", access).status());
    }

    @Test
    void expiredTokenSignedWithTheRealKeyIsRefused() {
        String real = api.login("owner", "owner-password").getString("access_token");
        JwtKeys keys = TestTokens.keysOf(SECRETS);
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String expired = TestTokens.sign(keys.privateKey(), keys.keyId(), TestTokens.claimsLike(real)
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(30)))).build());
        assertRefused(api.get("api/protected", expired), "Token has expired");
    }

    @Test
    void tamperedPayloadFailsSignatureVerification() {
        String real = api.login("owner", "owner-password").getString("access_token");
        String[] parts = real.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                TestTokens.claimsLike(real).subject("intruder").build().toString().getBytes());
        assertRefused(api.get("api/protected", parts[0] + "." + forgedPayload + "." + parts[2]),
                "Signature verification failed");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() throws Exception {
        String real = api.login("owner", "owner-password").getString("access_token");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPrivateKey stranger = (ECPrivateKey) generator.generateKeyPair().getPrivate();
        String forged = TestTokens.sign(stranger, TestTokens.keyIdOf(real), TestTokens.claimsLike(real).build());
        assertRefused(api.get("api/protected", forged), "Signature verification failed");
    }

    @Test
    void tokenWithAnOldKeyIdIsRefusedEvenWithTheRightSignature() {
        String real = api.login("owner", "owner-password").getString("access_token");
        JwtKeys keys = TestTokens.keysOf(SECRETS);
        String oldKeyId = TestTokens.sign(keys.privateKey(), "an-earlier-key", TestTokens.claimsLike(real).build());
        assertRefused(api.get("api/protected", oldKeyId), "Signature verification failed");
    }

    @Test
    void garbageTokenIsRefused() {
        assertRefused(api.get("api/protected", "not.a.token"), "Invalid header string");
    }

    @Test
    void publishedKeySetVerifiesIssuedTokensWithAStandardLibrary() throws Exception {
        Answer answer = api.get("api/jwks", null);
        assertEquals(200, answer.status());
        JWKSet set = JWKSet.parse(answer.text());
        assertEquals(1, set.getKeys().size());
        ECKey key = set.getKeys().get(0).toECKey();
        assertFalse(key.isPrivate(), "the key set must never carry the private key");
        assertFalse(answer.text().contains("\"d\""));
        SignedJWT token = SignedJWT.parse(api.login("owner", "owner-password").getString("access_token"));
        assertEquals(key.getKeyID(), token.getHeader().getKeyID());
        assertTrue(token.verify(new ECDSAVerifier(key)));
    }

    @Test
    void responsesNeverCarryTheSecretKey() {
        String secretKey = jsonOfSecrets().getJsonObject("jwtSecrets").getString("jwtSecretKey");
        String tokens = api.login("owner", "owner-password").toString();
        assertFalse(tokens.contains(secretKey));
        assertFalse(api.get("api/jwks", null).text().contains(secretKey));
    }

    private static jakarta.json.JsonObject jsonOfSecrets() {
        try (var reader = jakarta.json.Json.createReader(java.nio.file.Files.newBufferedReader(SECRETS))) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertLifetime(Duration expected, JWTClaimsSet claims) {
        long seconds = (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
        assertEquals(expected.toSeconds(), seconds, 2);
    }
}
