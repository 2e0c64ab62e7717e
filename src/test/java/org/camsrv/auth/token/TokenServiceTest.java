package org.camsrv.auth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camsrv.auth.User;
import org.camsrv.secrets.JwtKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tokens TokenService signs, read back with nimbus. */
class TokenServiceTest {

    private static final User ALICE = new User(7, "alice", "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", true, false);
    private static final Duration HUNDRED_YEARS = Duration.ofDays(100L * 365);

    private final JwtKeys keys = TokenFixtures.newKeys();
    private final ApiActivation activation = new ApiActivation();
    private final TokenService tokens = new TokenService();

    {
        tokens.activation = activation;
    }

    @AfterEach
    void deactivate() {
        activation.deactivate();
    }

    private void activate(int minutes, int days) {
        activation.activate(new ActiveApi(keys, minutes, days));
    }

    private static SignedJWT parse(String token) throws Exception {
        return SignedJWT.parse(token);
    }

    private static Instant exp(SignedJWT jwt) throws Exception {
        return jwt.getJWTClaimsSet().getExpirationTime().toInstant();
    }

    private static Instant iat(SignedJWT jwt) throws Exception {
        return jwt.getJWTClaimsSet().getIssueTime().toInstant();
    }

    @Test
    void accessTokenCarriesTheContractClaimsAndHeader() throws Exception {
        activate(60, 7);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        SignedJWT access = parse(TokenFixtures.loginPair(tokens, ALICE).accessToken());

        JWTClaimsSet claims = access.getJWTClaimsSet();
        assertEquals(Set.of("iss", "aud", "sub", "exp", "iat", "jti", "groups", "uid", "pwv", "fam"), claims.getClaims().keySet());
        assertEquals("camsrv", claims.getIssuer());
        assertEquals("alice", claims.getSubject());
        assertEquals(List.of("access"), claims.getStringListClaim("groups"));
        assertEquals(7L, claims.getLongClaim(TokenService.USER_ID_CLAIM));
        assertFalse(claims.getJWTID().isBlank());
        assertFalse(iat(access).isBefore(before));
        assertFalse(iat(access).isAfter(Instant.now()));
        assertEquals(JWSAlgorithm.ES256, access.getHeader().getAlgorithm());
        assertEquals(keys.keyId(), access.getHeader().getKeyID());
        assertEquals(new JOSEObjectType("at+jwt"), access.getHeader().getType());
    }

    @Test
    void refreshTokenCarriesTheRefreshGroup() throws Exception {
        activate(60, 7);

        SignedJWT refresh = parse(TokenFixtures.loginPair(tokens, ALICE).refreshToken());

        JWTClaimsSet claims = refresh.getJWTClaimsSet();
        assertEquals(Set.of("iss", "aud", "sub", "exp", "iat", "jti", "groups", "uid", "pwv", "fam", "gen"),
                claims.getClaims().keySet());
        assertEquals(List.of("refresh"), claims.getStringListClaim("groups"));
        assertEquals(new JOSEObjectType("refresh+jwt"), refresh.getHeader().getType());
        assertEquals("alice", claims.getSubject());
        assertEquals(7L, claims.getLongClaim(TokenService.USER_ID_CLAIM));
        assertEquals(keys.keyId(), refresh.getHeader().getKeyID());
        assertEquals(JWSAlgorithm.ES256, refresh.getHeader().getAlgorithm());
    }

    @Test
    void tokensNeverCarryThePasswordHash() {
        activate(60, 7);

        TokenService.TokenPair pair = TokenFixtures.loginPair(tokens, ALICE);

        for (String token : List.of(pair.accessToken(), pair.refreshToken())) {
            String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            assertFalse(payload.contains("PBKDF2"), payload);
        }
    }

    @Test
    void accessTokensLiveTheConfiguredMinutes() throws Exception {
        activate(5, 7);

        SignedJWT access = parse(tokens.issueAccessToken(ALICE));

        assertEquals(Duration.ofMinutes(5), Duration.between(iat(access), exp(access)));
    }

    @Test
    void loginAccessTokenLivesTheConfiguredMinutes() throws Exception {
        activate(60, 7);

        SignedJWT access = parse(TokenFixtures.loginPair(tokens, ALICE).accessToken());

        assertEquals(Duration.ofMinutes(60), Duration.between(iat(access), exp(access)));
    }

    @Test
    void refreshTokensLiveTheConfiguredDays() throws Exception {
        activate(60, 7);

        SignedJWT refresh = parse(TokenFixtures.loginPair(tokens, ALICE).refreshToken());

        assertEquals(Duration.ofDays(7), Duration.between(iat(refresh), exp(refresh)));
    }

    @Test
    void refreshTokenIsLeftOutWhenAccessTokensNeverExpire() throws Exception {
        activate(0, 7);

        TokenService.TokenPair pair = TokenFixtures.loginPair(tokens, ALICE);

        assertNull(pair.refreshToken());
        assertNotNull(pair.accessToken());
    }

    @Test
    void accessTokensThatNeverExpireCarryAnExpiryAHundredYearsAway() throws Exception {
        activate(0, 7);

        SignedJWT access = parse(TokenFixtures.loginPair(tokens, ALICE).accessToken());

        assertEquals(HUNDRED_YEARS, Duration.between(iat(access), exp(access)));
    }

    @Test
    void refreshTokensThatNeverExpireCarryAnExpiryAHundredYearsAway() throws Exception {
        activate(60, 0);

        SignedJWT refresh = parse(TokenFixtures.loginPair(tokens, ALICE).refreshToken());

        assertEquals(HUNDRED_YEARS, Duration.between(iat(refresh), exp(refresh)));
    }

    @Test
    void everyTokenGetsANewId() throws Exception {
        activate(60, 7);

        TokenService.TokenPair first = TokenFixtures.loginPair(tokens, ALICE);
        TokenService.TokenPair second = TokenFixtures.loginPair(tokens, ALICE);
        String third = tokens.issueAccessToken(ALICE);

        Set<String> ids = new HashSet<>();
        for (String token : List.of(first.accessToken(), first.refreshToken(), second.accessToken(),
                second.refreshToken(), third)) {
            ids.add(parse(token).getJWTClaimsSet().getJWTID());
        }
        assertEquals(5, ids.size());
    }

    @Test
    void tokensVerifyWithThePublicKey() throws Exception {
        activate(60, 7);
        TokenService.TokenPair pair = TokenFixtures.loginPair(tokens, ALICE);

        assertTrue(parse(pair.accessToken()).verify(new ECDSAVerifier(keys.publicKey())));
        assertTrue(parse(pair.refreshToken()).verify(new ECDSAVerifier(keys.publicKey())));
    }

    @Test
    void tokensDoNotVerifyWithAnotherKey() throws Exception {
        activate(60, 7);
        JwtKeys other = TokenFixtures.newKeys();

        String access = tokens.issueAccessToken(ALICE);

        assertFalse(parse(access).verify(new ECDSAVerifier(other.publicKey())));
    }

    @Test
    void issuingWhileTheApiIsNotActiveFails() {
        assertThrows(IllegalStateException.class, () -> TokenFixtures.loginPair(tokens, ALICE));
        assertThrows(IllegalStateException.class, () -> tokens.issueAccessToken(ALICE));
        assertThrows(IllegalStateException.class, () -> tokens.issueNonExpiringAccessToken(ALICE, "id"));
    }

    @Test
    void issuingAfterDeactivationFails() {
        activate(60, 7);
        activation.deactivate();

        assertThrows(IllegalStateException.class, () -> tokens.issueAccessToken(ALICE));
    }

    @Test
    void nonExpiringAccessTokenUsesTheGivenIdAndNeverExpires() throws Exception {
        activate(5, 7);

        SignedJWT token = parse(tokens.issueNonExpiringAccessToken(ALICE, "ui-token-42"));

        assertEquals("ui-token-42", token.getJWTClaimsSet().getJWTID());
        assertEquals(Boolean.TRUE, token.getJWTClaimsSet().getBooleanClaim(TokenService.GENERATED_CLAIM));
        assertEquals(List.of("access"), token.getJWTClaimsSet().getStringListClaim("groups"));
        assertEquals(HUNDRED_YEARS, Duration.between(iat(token), exp(token)));
        assertTrue(token.verify(new ECDSAVerifier(keys.publicKey())));
    }

    @Test
    void tokensAreSignedWithTheKeysActiveAtIssue() throws Exception {
        activate(60, 7);
        JwtKeys replacement = TokenFixtures.newKeys();
        activation.activate(new ActiveApi(replacement, 60, 7));

        SignedJWT access = parse(tokens.issueAccessToken(ALICE));

        assertEquals(replacement.keyId(), access.getHeader().getKeyID());
        assertNotEquals(keys.keyId(), access.getHeader().getKeyID());
        assertTrue(access.verify(new ECDSAVerifier(replacement.publicKey())));
    }

    @Test
    void tokenPairToStringHidesTheTokens() {
        activate(60, 7);

        TokenService.TokenPair pair = TokenFixtures.loginPair(tokens, ALICE);

        assertEquals("TokenPair[hidden]", pair.toString());
    }

    @Test
    void everyTokenStartsWithTheHeaderSegmentOfItsKeyAndKind() {
        activate(60, 7);
        String access = TokenService.headerSegment(keys.keyId(), TokenKind.ACCESS) + ".";
        String refresh = TokenService.headerSegment(keys.keyId(), TokenKind.REFRESH) + ".";

        assertTrue(tokens.issueAccessToken(ALICE).startsWith(access));
        assertTrue(TokenFixtures.loginPair(tokens, ALICE).accessToken().startsWith(access));
        assertTrue(TokenFixtures.loginPair(tokens, ALICE).refreshToken().startsWith(refresh));
        assertTrue(tokens.issueNonExpiringAccessToken(ALICE, "id-1").startsWith(access));
        assertFalse(access.equals(refresh));
    }

    @Test
    void eachKindHasItsAudienceAndTheInstallationsIssuer() throws Exception {
        activation.activate(new ActiveApi(keys, 60, 7, ActiveApi.issuerOf("0123abcd")));
        TokenService.TokenPair pair = TokenFixtures.loginPair(tokens, ALICE);
        JWTClaimsSet access = parse(pair.accessToken()).getJWTClaimsSet();
        JWTClaimsSet refresh = parse(pair.refreshToken()).getJWTClaimsSet();

        assertEquals(List.of("camsrv"), access.getAudience());
        assertEquals(List.of("camsrv-refresh"), refresh.getAudience());
        assertEquals("camsrv:0123abcd", access.getIssuer());
        assertEquals("camsrv:0123abcd", refresh.getIssuer());
        assertEquals("a-login", access.getClaim(TokenService.FAMILY_CLAIM));
        assertEquals(0L, refresh.getClaim(TokenService.GENERATION_CLAIM));
        assertNull(access.getClaim(TokenService.GENERATION_CLAIM), "only refresh tokens have a place in the chain");
    }
}
