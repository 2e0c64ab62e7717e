package org.camsrv.auth.token;

import static org.camsrv.auth.token.TokenChecks.BAD_SIGNATURE;
import static org.camsrv.auth.token.TokenChecks.EXPIRED;
import static org.camsrv.auth.token.TokenChecks.REVOKED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camsrv.auth.AuthFixtures;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.camsrv.secrets.JwtKeys;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks after mpJwt: revoked users and replaced keys, and the words for a rejection. */
class TokenChecksTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path data;

    private final KeyPair pair = TokenFixtures.p256Pair();
    private final JwtKeys keys = TokenFixtures.keys(pair, "jwt-secret-key");
    private final ApiActivation activation = new ApiActivation();
    private final TokenService tokens = new TokenService();
    private TokenChecks checks;
    private RefreshRotation rotation;
    private final GeneratedTokens generated = new GeneratedTokens();
    private UserService users;
    private User alice;

    @BeforeEach
    void wire() {
        users = AuthFixtures.openUserService(data);
        alice = users.registerFirstSuperUser("alice", "alice-password").orElseThrow();
        tokens.activation = activation;
        generated.dataDirectory = AuthFixtures.dataDirectoryAt(data);
        generated.tokens = tokens;
        generated.open();
        rotation = new RefreshRotation();
        rotation.dataDirectory = AuthFixtures.dataDirectoryAt(data);
        rotation.tokens = tokens;
        rotation.open();
        checks = new TokenChecks(activation, users, generated, rotation);
        activation.activate(new ActiveApi(keys, 60, 7));
    }

    @AfterEach
    void deactivate() {
        activation.deactivate();
    }

    @Test
    void anExpiredButWellSignedTokenHasExpired() {
        Instant now = Instant.now();
        String token = TokenFixtures.signed(keys, now.minus(HOUR.multipliedBy(2)), now.minus(HOUR));

        assertEquals(EXPIRED, checks.explainRejection(token));
    }

    @Test
    void aTokenSignedWithAnotherKeyFailsSignatureVerification() {
        Instant now = Instant.now();
        String foreign = TokenFixtures.signed(TokenFixtures.newKeys(), now.minus(HOUR.multipliedBy(2)), now.minus(HOUR));

        assertEquals(BAD_SIGNATURE, checks.explainRejection(foreign), "the signature is checked before the expiry");
    }

    @Test
    void aViewerKeyIsToldItOpensNoApiRoute() {
        String key = "cvk_" + "A".repeat(43);
        assertEquals(TokenChecks.VIEWER_KEY, checks.explainRejection(key));
        assertEquals(TokenChecks.VIEWER_KEY, checks.explainRejection("cvk_truncated"), "a cut-off key is still a key");
    }

    @Test
    void malformedTokensGetTheDecodersWords() {
        String header = b64("{\"alg\":\"ES256\"}");
        String payload = b64("{\"sub\":\"alice\"}");
        assertEquals("Not enough segments", checks.explainRejection("garbage"));
        assertEquals("Not enough segments", checks.explainRejection(header + "." + payload));
        assertEquals("Not enough segments", checks.explainRejection(""));
        assertEquals("Not enough segments", checks.explainRejection(null));
        assertEquals("Invalid header padding", checks.explainRejection("a.b.c"));
        assertEquals("Invalid header string", checks.explainRejection("...."));
        assertEquals("Invalid header string", checks.explainRejection(b64("not json") + "." + payload + ".c2ln"));
        assertEquals("Invalid header string", checks.explainRejection(b64("[1]") + "." + payload + ".c2ln"));
        assertEquals("Invalid payload padding", checks.explainRejection(header + ".*." + "c2ln"));
        assertEquals("Invalid crypto padding", checks.explainRejection(header + "." + payload + ".!"));
        assertEquals(BAD_SIGNATURE, checks.explainRejection(header + "." + payload + ".c2ln"), "well formed, badly signed");
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokenWithAManipulatedPayloadFailsSignatureVerification() {
        Instant now = Instant.now();
        String[] parts = TokenFixtures.signed(keys, now.minus(HOUR.multipliedBy(2)), now.minus(HOUR)).split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"mallory\",\"exp\":1}".getBytes(StandardCharsets.UTF_8));

        assertEquals(BAD_SIGNATURE, checks.explainRejection(parts[0] + "." + otherPayload + "." + parts[2]));
    }

    @Test
    void anHmacSignedTokenLikeRaspiCamSrvsFailsSignatureVerification() throws Exception {
        SignedJWT hs256 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .subject("alice").expirationTime(Date.from(Instant.now().minus(HOUR))).build());
        hs256.sign(new MACSigner("a raspiCamSrv jwtSecretKey of at least 32 bytes".getBytes(StandardCharsets.UTF_8)));

        assertEquals(BAD_SIGNATURE, checks.explainRejection(hs256.serialize()));
    }

    @Test
    void anUnsignedTokenFailsSignatureVerification() {
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder()
                .subject("alice").expirationTime(Date.from(Instant.now().minus(HOUR))).build()).serialize();

        assertEquals(BAD_SIGNATURE, checks.explainRejection(unsigned));
    }

    @Test
    void aTokenIssuedInTheFutureIsNotYetValid() {
        Instant now = Instant.now();
        String token = TokenFixtures.signed(keys, now.plus(HOUR), now.plus(HOUR.multipliedBy(2)));

        assertEquals("The token is not yet valid (iat)", checks.explainRejection(token));
    }

    @Test
    void aTokenWithAFutureNotBeforeIsNotYetValid() {
        Instant now = Instant.now();
        String token = TokenFixtures.signed(keys, new JWTClaimsSet.Builder()
                .subject("alice")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.plus(HOUR)))
                .expirationTime(Date.from(now.plus(HOUR.multipliedBy(2))))
                .build());

        assertEquals("The token is not yet valid (nbf)", checks.explainRejection(token));
    }

    @Test
    void anyTokenFailsSignatureVerificationWhileTheApiIsNotActive() {
        Instant now = Instant.now();
        String expired = TokenFixtures.signed(keys, now.minus(HOUR.multipliedBy(2)), now.minus(HOUR));
        activation.deactivate();

        assertEquals(BAD_SIGNATURE, checks.explainRejection(expired));
    }

    @Test
    void aWellSignedCurrentTokenRefusedForAnotherReasonIsNamedABadSignature() {
        Instant now = Instant.now();
        String current = TokenFixtures.signed(keys, now.minusSeconds(5), now.plus(HOUR));

        assertEquals(BAD_SIGNATURE, checks.explainRejection(current));
    }

    @Test
    void aCurrentTokenOfAnExistingUserPasses() {
        JsonWebToken token = TokenFixtures.accepted(tokens.issueAccessToken(alice));

        assertEquals(Optional.empty(), checks.refusalOf(token));
    }

    @Test
    void theTypHeaderNamesTheKindWhateverTheGroupsSay() {
        TokenService.TokenPair pair = TokenFixtures.loginPair(tokens, alice);

        assertEquals(Optional.of(TokenKind.ACCESS), checks.kindOf(TokenFixtures.accepted(pair.accessToken())));
        assertEquals(Optional.of(TokenKind.REFRESH), checks.kindOf(TokenFixtures.accepted(pair.refreshToken(), "alice", Map.of())),
                "no groups needed");
        String untyped = TokenFixtures.signed(keys, Instant.now(), Instant.now().plus(HOUR));
        assertEquals(Optional.empty(), checks.kindOf(TokenFixtures.accepted(untyped)), "a token of no kind CamSrv issues");
    }

    @Test
    void tokensOfALoginWhoseRefreshTokenWasReusedAreRevoked() {
        TokenService.TokenPair login = rotation.logIn(alice);
        TokenService.Chain first = TokenService.chainOf(TokenFixtures.accepted(login.refreshToken())).orElseThrow();
        String second = rotation.refresh(alice, first).orElseThrow().refreshToken();
        rotation.refresh(alice, TokenService.chainOf(TokenFixtures.accepted(second)).orElseThrow());
        assertEquals(Optional.empty(), checks.refusalOf(TokenFixtures.accepted(login.accessToken())));

        rotation.refresh(alice, first);

        assertEquals(Optional.of(REVOKED), checks.refusalOf(TokenFixtures.accepted(login.accessToken())));
        assertEquals(Optional.of(REVOKED), checks.refusalOf(TokenFixtures.accepted(second)));
        assertEquals(Optional.empty(), checks.refusalOf(TokenFixtures.accepted(rotation.logIn(alice).accessToken())),
                "a new login starts a new family");
    }

    @Test
    void aRefreshTokenOfAnExistingUserPasses() {
        JsonWebToken token = TokenFixtures.accepted(TokenFixtures.loginPair(tokens, alice).refreshToken());

        assertEquals(Optional.empty(), checks.refusalOf(token));
    }

    @Test
    void aTokenWithAnotherKeyIdIsRefusedAsABadSignature() {
        JwtKeys sameKeyPairOtherSecret = TokenFixtures.keys(pair, "the secret key was replaced");
        String token = TokenFixtures.signed(sameKeyPairOtherSecret, Instant.now(), Instant.now().plus(HOUR));

        assertEquals(Optional.of(BAD_SIGNATURE), checks.refusalOf(TokenFixtures.accepted(token)));
    }

    @Test
    void aTokenWithoutKeyIdIsRefusedAsABadSignature() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), new JWTClaimsSet.Builder()
                .subject("alice").claim(TokenService.USER_ID_CLAIM, alice.id()).build());
        jwt.sign(new ECDSASigner(keys.privateKey()));

        assertEquals(Optional.of(BAD_SIGNATURE), checks.refusalOf(TokenFixtures.accepted(jwt.serialize())));
    }

    @Test
    void everyTokenIsRefusedAsABadSignatureWhileTheApiIsNotActive() {
        JsonWebToken token = TokenFixtures.accepted(tokens.issueAccessToken(alice));
        activation.deactivate();

        assertEquals(Optional.of(BAD_SIGNATURE), checks.refusalOf(token));
    }

    @Test
    void aRemovedUsersTokenHasBeenRevoked() {
        User bob = users.addInitialUser("bob", "bob-password").orElseThrow();
        JsonWebToken token = TokenFixtures.accepted(tokens.issueAccessToken(bob));

        users.removeUser(alice, bob.id());

        assertEquals(Optional.of(REVOKED), checks.refusalOf(token));
    }

    @Test
    void aRecreatedUsersOldTokenHasBeenRevoked() {
        User oldBob = users.addInitialUser("bob", "bob-password").orElseThrow();
        JsonWebToken oldToken = TokenFixtures.accepted(tokens.issueAccessToken(oldBob));
        users.removeUser(alice, oldBob.id());
        User newBob = users.addInitialUser("bob", "bob-password").orElseThrow();

        assertEquals(Optional.of(REVOKED), checks.refusalOf(oldToken));
        assertEquals(Optional.empty(), checks.refusalOf(TokenFixtures.accepted(tokens.issueAccessToken(newBob))));
    }

    @Test
    void aTokenWithoutAUserIdHasBeenRevoked() {
        String raw = tokens.issueAccessToken(alice);
        Map<String, Object> claims = Map.of("sub", "alice");

        assertEquals(Optional.of(REVOKED), checks.refusalOf(TokenFixtures.accepted(raw, "alice", claims)));
    }

    @Test
    void aTokenWhoseUserIdIsNotANumberHasBeenRevoked() {
        String raw = tokens.issueAccessToken(alice);
        Map<String, Object> claims = Map.of("sub", "alice", TokenService.USER_ID_CLAIM, String.valueOf(alice.id()));

        assertEquals(Optional.of(REVOKED), checks.refusalOf(TokenFixtures.accepted(raw, "alice", claims)));
    }

    @Test
    void aTokenWhoseNameDoesNotMatchItsUserIdHasBeenRevoked() {
        User bob = users.addInitialUser("bob", "bob-password").orElseThrow();
        String raw = tokens.issueAccessToken(alice);
        Map<String, Object> claims = Map.of("sub", "bob", TokenService.USER_ID_CLAIM, alice.id());

        assertEquals(Optional.of(REVOKED), checks.refusalOf(TokenFixtures.accepted(raw, bob.name(), claims)));
    }

    @Test
    void aPasswordChangeRevokesTheLoginTokensIssuedBefore() {
        TokenService.TokenPair before = TokenFixtures.loginPair(tokens, alice);
        User changed = users.changePassword(alice, "alice-password-2");

        assertEquals(Optional.of(REVOKED), checks.refusalOf(TokenFixtures.accepted(before.refreshToken())));
        assertEquals(Optional.of(REVOKED), checks.refusalOf(TokenFixtures.accepted(before.accessToken())));
        TokenService.TokenPair after = TokenFixtures.loginPair(tokens, changed);
        assertEquals(Optional.empty(), checks.refusalOf(TokenFixtures.accepted(after.refreshToken())));
        assertEquals(Optional.empty(), checks.refusalOf(TokenFixtures.accepted(after.accessToken())));
    }

    @Test
    void aGeneratedTokenOutlivesAPasswordChange() {
        JsonWebToken token = TokenFixtures.accepted(generated.generate(alice, "backup script"));

        users.changePassword(alice, "alice-password-2");

        assertEquals(Optional.empty(), checks.refusalOf(token), "the owner revokes generated tokens by name");
    }

    @Test
    void aGeneratedTokenPassesWhileItIsListed() {
        JsonWebToken token = TokenFixtures.accepted(generated.generate(alice, "backup script"));

        assertEquals(Optional.empty(), checks.refusalOf(token));
    }

    @Test
    void aRevokedGeneratedTokenHasBeenRevoked() {
        JsonWebToken token = TokenFixtures.accepted(generated.generate(alice, "backup script"));

        generated.revoke(alice, token.getTokenID());

        assertEquals(Optional.of(REVOKED), checks.refusalOf(token));
    }

    @Test
    void aGeneratedTokenWhoseClaimIsAJsonTrueIsCheckedToo() {
        String raw = generated.generate(alice, "backup script");
        String id = TokenFixtures.accepted(raw).getTokenID();
        generated.revoke(alice, id);
        Map<String, Object> claims = Map.of("sub", "alice", "jti", id, TokenService.USER_ID_CLAIM, alice.id(),
                TokenService.GENERATED_CLAIM, JsonValue.TRUE);

        assertEquals(Optional.of(REVOKED), checks.refusalOf(TokenFixtures.accepted(raw, "alice", claims)));
    }

    @Test
    void aTokenClaimingToBeGeneratedWithAnUnknownIdHasBeenRevoked() {
        String raw = tokens.issueNonExpiringAccessToken(alice, "never-listed");

        assertEquals(Optional.of(REVOKED), checks.refusalOf(TokenFixtures.accepted(raw)));
    }

    @Test
    void anOrdinaryAccessTokenNeedsNoListing() {
        String raw = tokens.issueAccessToken(alice);

        assertEquals(Optional.empty(), checks.refusalOf(TokenFixtures.accepted(raw)));
        assertFalse(generated.isLive(TokenFixtures.accepted(raw).getTokenID()));
    }

    @Test
    void aGeneratedTokenThatPassesIsNotedAsUsed() {
        JsonWebToken token = TokenFixtures.accepted(generated.generate(alice, "backup script"));

        assertEquals(Optional.empty(), checks.refusalOf(token));

        assertNotNull(generated.listFor(alice).get(0).lastUsed(), "the API tab shows when a script last used its token");
    }

    @Test
    void aTokenOfAReplacedKeyIsRefusedEvenIfItPassedJustBefore() {
        JsonWebToken token = TokenFixtures.accepted(tokens.issueAccessToken(alice));
        assertEquals(Optional.empty(), checks.refusalOf(token));

        activation.activate(new ActiveApi(TokenFixtures.newKeys(), 60, 7));

        assertEquals(Optional.of(BAD_SIGNATURE), checks.refusalOf(token));
        assertEquals(Optional.empty(), checks.refusalOf(TokenFixtures.accepted(tokens.issueAccessToken(alice))));
    }

    @Test
    void aTokenOfTheCurrentKeyWithAnotherHeaderLayoutPasses() throws Exception {
        // Not CamSrv's own header text (no "typ"), yet the current key id: read from the header instead.
        SignedJWT issued = SignedJWT.parse(tokens.issueAccessToken(alice));
        SignedJWT other = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.keyId()).build(),
                issued.getJWTClaimsSet());
        other.sign(new ECDSASigner(keys.privateKey()));

        assertEquals(Optional.empty(), checks.refusalOf(TokenFixtures.accepted(other.serialize())));
    }

    @Test
    void aTokenWithoutItsRawTextIsRefusedAsABadSignature() {
        Map<String, Object> claims = Map.of("sub", "alice", TokenService.USER_ID_CLAIM, alice.id());

        assertEquals(Optional.of(BAD_SIGNATURE), checks.refusalOf(TokenFixtures.accepted(null, "alice", claims)));
        assertEquals(Optional.of(BAD_SIGNATURE), checks.refusalOf(TokenFixtures.accepted("not.a.jwt", "alice", claims)));
    }
}
