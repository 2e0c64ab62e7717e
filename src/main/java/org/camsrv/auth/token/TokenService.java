package org.camsrv.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camsrv.auth.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Issues CamSrv's JWTs (ES256, signed with the private key from the secrets file). Tokens carry
 * the user's id beside the name so that a removed and re-created user's old tokens stay dead.
 */
@ApplicationScoped
public class TokenService {

    /** "Never expires" still needs an exp claim: mpJwt rejects tokens without one. */
    static final Duration NEVER = Duration.ofDays(100L * 365);

    public static final String USER_ID_CLAIM = "uid";
    /** The user's password version when a login token was issued; a password change ends older ones. */
    public static final String PASSWORD_VERSION_CLAIM = "pwv";
    /** Marks a token generated on the API tab, which stays valid only while listed there. */
    public static final String GENERATED_CLAIM = "generated";

    @Inject
    ApiActivation activation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /** The user id a token names, if it names one. */
    public static Optional<Long> userIdOf(JsonWebToken token) {
        return token.getClaim(USER_ID_CLAIM) instanceof Number id ? Optional.of(id.longValue()) : Optional.empty();
    }

    /** The password version a login token was issued under; tokens from before this claim count as version 0. */
    static long passwordVersionOf(JsonWebToken token) {
        return token.getClaim(PASSWORD_VERSION_CLAIM) instanceof Number version ? version.longValue() : 0;
    }

    public record TokenPair(String accessToken, String refreshToken) {
        @Override
        public String toString() {
            return "TokenPair[hidden]";
        }
    }

    /** Answers what /api/login hands out: no refresh token when access tokens never expire. */
    public TokenPair issueLoginTokens(User user) {
        ActiveApi api = requireActive();
        String access = issueAccessToken(user);
        if (api.accessMinutes() == 0) {
            return new TokenPair(access, null);
        }
        Duration refreshLifetime = api.refreshDays() == 0 ? NEVER : Duration.ofDays(api.refreshDays());
        return new TokenPair(access, sign(api, user, TokenKind.REFRESH, refreshLifetime, UUID.randomUUID().toString()));
    }

    public String issueAccessToken(User user) {
        ActiveApi api = requireActive();
        Duration lifetime = api.accessMinutes() == 0 ? NEVER : Duration.ofMinutes(api.accessMinutes());
        return sign(api, user, TokenKind.ACCESS, lifetime, UUID.randomUUID().toString());
    }

    /** A non-expiring access token with a given id, so that it can be listed and revoked. */
    public String issueNonExpiringAccessToken(User user, String tokenId) {
        return sign(requireActive(), user, TokenKind.ACCESS, NEVER, tokenId, true);
    }

    private static JWSHeader header(String keyId) {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(keyId).build();
    }

    /** The first, base64url part of every token this service signs with the given key. */
    static String headerSegment(String keyId) {
        return header(keyId).toBase64URL().toString();
    }

    private ActiveApi requireActive() {
        return activation.current().orElseThrow(() -> new IllegalStateException("API is not active"));
    }

    private String sign(ActiveApi api, User user, TokenKind kind, Duration lifetime, String tokenId) {
        return sign(api, user, kind, lifetime, tokenId, false);
    }

    private String sign(ActiveApi api, User user, TokenKind kind, Duration lifetime, String tokenId, boolean generated) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.name())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(tokenId)
                .claim("groups", List.of(kind.group()))
                .claim(USER_ID_CLAIM, user.id());
        if (generated) {
            claims.claim(GENERATED_CLAIM, true);
        } else {
            claims.claim(PASSWORD_VERSION_CLAIM, user.passwordVersion());
        }
        SignedJWT jwt = new SignedJWT(header(api.keys().keyId()), claims.build());
        try {
            jwt.sign(new ECDSASigner(api.keys().privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("The token could not be signed", e);
        }
        return jwt.serialize();
    }
}
