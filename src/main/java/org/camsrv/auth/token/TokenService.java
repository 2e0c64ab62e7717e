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
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Issues CamSrv's JWTs (ES256, signed with the private key from the secrets file). Tokens carry
 * the user's id beside the name so that a removed and re-created user's old tokens stay dead. Each
 * kind has its own JOSE type and audience (RFC 8725, 3.11 and 3.12), so that a service which checks
 * only signature, issuer and audience still refuses a refresh token as an access token.
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
    /** The API login a token comes from; all of its tokens end together when a refresh token is reused. */
    public static final String FAMILY_CLAIM = "fam";
    /** A refresh token's place in its login's chain: 0 from the login, one more with each refresh. */
    public static final String GENERATION_CLAIM = "gen";

    @Inject
    ApiActivation activation;

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

    /** Where the refresh tokens of one login stand: the login's family and the next token's generation. */
    public record Chain(String family, long generation) {
    }

    /** The family and generation a refresh token carries, if it carries them. */
    public static Optional<Chain> chainOf(JsonWebToken token) {
        return token.getClaim(FAMILY_CLAIM) instanceof String family && token.getClaim(GENERATION_CLAIM) instanceof Number generation
                ? Optional.of(new Chain(family, generation.longValue())) : Optional.empty();
    }

    /** The login family an access or refresh token belongs to; generated tokens belong to none. */
    public static Optional<String> familyOf(JsonWebToken token) {
        return token.getClaim(FAMILY_CLAIM) instanceof String family ? Optional.of(family) : Optional.empty();
    }

    /** When a refresh token issued now expires: after the configured days, or "never" for 0. */
    public Instant refreshExpiry() {
        int days = requireActive().refreshDays();
        return Instant.now().plus(days == 0 ? NEVER : Duration.ofDays(days));
    }

    /** An access token, and the refresh token at {@code chain}; none when access tokens never expire. */
    public TokenPair issuePair(User user, Chain chain) {
        ActiveApi api = requireActive();
        String access = sign(api, user, TokenKind.ACCESS, accessLifetime(api), UUID.randomUUID().toString(), chain, false);
        if (api.accessMinutes() == 0) {
            return new TokenPair(access, null);
        }
        Duration refreshLifetime = api.refreshDays() == 0 ? NEVER : Duration.ofDays(api.refreshDays());
        return new TokenPair(access, sign(api, user, TokenKind.REFRESH, refreshLifetime, UUID.randomUUID().toString(), chain, false));
    }

    /** An access token of no login family (tests and tools; the API's tokens come from {@link #issuePair}). */
    public String issueAccessToken(User user) {
        ActiveApi api = requireActive();
        return sign(api, user, TokenKind.ACCESS, accessLifetime(api), UUID.randomUUID().toString(), null, false);
    }

    /** A non-expiring access token with a given id, so that it can be listed and revoked. */
    public String issueNonExpiringAccessToken(User user, String tokenId) {
        return sign(requireActive(), user, TokenKind.ACCESS, NEVER, tokenId, null, true);
    }

    private static Duration accessLifetime(ActiveApi api) {
        return api.accessMinutes() == 0 ? NEVER : Duration.ofMinutes(api.accessMinutes());
    }

    private static JWSHeader header(String keyId, TokenKind kind) {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(kind.joseType())).keyID(keyId).build();
    }

    /** The first, base64url part of every token of this kind this service signs with the given key. */
    static String headerSegment(String keyId, TokenKind kind) {
        return header(keyId, kind).toBase64URL().toString();
    }

    private ActiveApi requireActive() {
        return activation.current().orElseThrow(() -> new IllegalStateException("API is not active"));
    }

    private String sign(ActiveApi api, User user, TokenKind kind, Duration lifetime, String tokenId, Chain chain,
            boolean generated) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(api.issuer())
                .audience(kind.audience())
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
        if (chain != null) {
            claims.claim(FAMILY_CLAIM, chain.family());
            if (kind == TokenKind.REFRESH) {
                claims.claim(GENERATION_CLAIM, chain.generation());
            }
        }
        SignedJWT jwt = new SignedJWT(header(api.keys().keyId(), kind), claims.build());
        try {
            jwt.sign(new ECDSASigner(api.keys().privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("The token could not be signed", e);
        }
        return jwt.serialize();
    }
}
