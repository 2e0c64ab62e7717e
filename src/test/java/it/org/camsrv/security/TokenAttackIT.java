package it.org.camsrv.security;

import static it.org.camsrv.support.ApiAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.SignedJWT;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.TestTokens;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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

/** Hostile tokens against the real server: every one is refused with the contract's status (401 or 422) and words, and no key material. */
@ExtendWith(ArquillianExtension.class)
class TokenAttackIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("token-attacks");
    private static final Path SECRETS = CamsrvArchive.secretsFileIn(DATA);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA)
                .with("camsrv.api.refresh.days", "1")
                .build();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;
    private String real;

    @BeforeEach
    void logIn() {
        api = new ApiClient(base);
        real = api.login("owner", "owner-password").getString("access_token");
    }

    @Test
    void unsignedTokensInEveryCasingAreRefused() {
        String payload = real.split("\\.")[1];
        for (String alg : List.of("none", "None", "NONE", "nOnE")) {
            String header = b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}");
            assertRejected(header + "." + payload + ".");
            assertMalformed(header + "." + payload, "Not enough segments");
        }
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        String jwks = api.get("api/jwks", null).text();
        for (byte[] secret : List.of(jwks.getBytes(StandardCharsets.UTF_8),
                TestTokens.keysOf(SECRETS).publicKey().getEncoded())) {
            byte[] key = secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32);
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .keyID(TestTokens.keyIdOf(real)).build(), TestTokens.claimsLike(real).build());
            forged.sign(new MACSigner(key));
            assertRejected(forged.serialize());
        }
    }

    @Test
    void signatureStrippedOrTakenFromAnotherTokenIsRefused() {
        String[] parts = real.split("\\.");
        assertRejected(parts[0] + "." + parts[1] + ".");
        String other = api.login("owner", "owner-password").getString("refresh_token");
        String[] otherParts = other.split("\\.");
        assertRejected(parts[0] + "." + parts[1] + "." + otherParts[2]);
    }

    @Test
    void tamperedClaimsWithTheOldSignatureAreRefused() {
        String[] parts = real.split("\\.");
        for (var claims : List.of(
                TestTokens.claimsLike(real).subject("intruder").build(),
                TestTokens.claimsLike(real).expirationTime(Date.from(Instant.now().plus(Duration.ofDays(3650)))).build(),
                TestTokens.claimsLike(real).claim("groups", List.of("access", "refresh", "admin")).build())) {
            assertRejected(parts[0] + "." + b64(claims.toString()) + "." + parts[2]);
        }
    }

    @Test
    void notYetValidTokenSignedWithTheRealKeyIsRefused() {
        JwtKeys keys = TestTokens.keysOf(SECRETS);
        Instant future = Instant.now().plus(Duration.ofHours(1));
        String early = TestTokens.sign(keys.privateKey(), keys.keyId(), TestTokens.claimsLike(real)
                .issueTime(Date.from(future)).notBeforeTime(Date.from(future))
                .expirationTime(Date.from(future.plus(Duration.ofHours(1)))).build());
        assertRefused(api.get("api/protected", early), "The token is not yet valid (iat)");
    }

    @Test
    void hugeAndMalformedTokensAndHeadersAreRefusedCleanly() {
        Answer huge = api.get("api/protected", "x".repeat(64 * 1024));
        assertTrue(huge.status() == 422 || huge.status() == 400 || huge.status() == 431, "64 KB token: " + huge.status());
        assertFalse(huge.text().contains("Exception"), huge.text());
        assertMalformed("a.b.c", "Invalid header padding");
        assertMalformed("....", "Invalid header string");
        for (String header : List.of("Bearer", "Bearer ", "Basic b3duZXI6b3duZXItcGFzc3dvcmQ=", "Token " + real, real)) {
            Answer answer = api.send(api.request("api/protected", null).header("Authorization", header).GET());
            assertEquals(401, answer.status(), header);
            assertFalse(answer.text().contains("Exception"), answer.text());
        }
        Answer two = api.send(api.request("api/protected", null).header("Authorization", "Bearer garbage")
                .header("Authorization", "Bearer " + real).GET());
        assertTrue(two.status() == 401 || two.status() == 422 || two.status() == 400, "two Authorization headers: " + two);
    }

    @Test
    void eachRefusedTokenLogsAtMostOneLineAndNeverTheToken() throws Exception {
        Path log = Path.of(System.getProperty("it.wlp", "target/liberty/wlp"), "usr/servers/camsrvTest/logs/messages.log");
        int before = Files.readAllLines(log).size();
        String[] parts = real.split("\\.");
        List<String> forged = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            forged.add(parts[0] + "." + b64(TestTokens.claimsLike(real).subject("intruder-" + i).build().toString()) + "." + parts[2]);
        }
        forged.forEach(this::assertRejected);

        List<String> added = linesAddedSince(log, before);
        // One line of CamSrv's per refusal; Liberty adds one line when it files its first incident report (FFDC).
        assertTrue(added.size() <= forged.size() + 1, added.size() + " lines for " + forged.size() + " refusals:\n"
                + String.join("\n", added));
        for (String token : forged) {
            assertTrue(added.stream().noneMatch(line -> line.contains(token.split("\\.")[1])), "a token reached the log");
        }
    }

    /** The log's new lines once it has stopped growing (Liberty writes it from its own thread). */
    private static List<String> linesAddedSince(Path log, int before) throws Exception {
        List<String> lines = Files.readAllLines(log);
        for (int settled = 0; settled < 3; ) {
            Thread.sleep(300);
            List<String> now = Files.readAllLines(log);
            settled = now.size() == lines.size() ? settled + 1 : 0;
            lines = now;
        }
        return lines.subList(before, lines.size());
    }

    /** A forged token: the contract's 422 with "Signature verification failed", and nothing of the key. */
    private void assertMalformed(String token, String decoderWords) {
        Answer answer = api.get("api/protected", token);
        assertRefused(answer, decoderWords);
        assertFalse(answer.text().contains("Exception"), answer.text());
    }

    private void assertRejected(String token) {
        Answer answer = api.get("api/protected", token);
        assertRefused(answer, "Signature verification failed");
        assertFalse(answer.text().contains("Exception") || answer.text().contains("BEGIN"), answer.text());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
