package org.camsrv.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.text.ParseException;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.camsrv.auth.UserService;
import org.camsrv.auth.viewer.KeyText;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The rules mpJwt cannot know: a token dies with its user and with the key it was signed with,
 * even while Liberty's authentication cache still holds it. Also puts a name to a rejection,
 * using raspiCamSrv's words, after mpJwt has already refused the token.
 */
@ApplicationScoped
public class TokenChecks {

    public static final String EXPIRED = "Token has expired";
    public static final String BAD_SIGNATURE = "Signature verification failed";
    /** PyJWT's words for a token used before its time. */
    public static final String NOT_YET_VALID_IAT = "The token is not yet valid (iat)";
    public static final String NOT_YET_VALID_NBF = "The token is not yet valid (nbf)";
    public static final String REVOKED = "Token has been revoked";
    /** A viewer key sent to the API: a 401 that says why, rather than the decoder's "Not enough segments". */
    public static final String VIEWER_KEY = "A viewer key opens only the live view and still images, not the API";

    private final ApiActivation activation;
    private final UserService users;
    private final GeneratedTokens generated;
    private final RefreshRotation rotation;

    @Inject
    public TokenChecks(ApiActivation activation, UserService users, GeneratedTokens generated, RefreshRotation rotation) {
        this.activation = activation;
        this.users = users;
        this.generated = generated;
        this.rotation = rotation;
    }

    /** Only for CDI's client proxy, which forwards every call to the real bean. */
    protected TokenChecks() {
        this(null, null, null, null);
    }

    /** Why an accepted token must still be refused, or empty when it may pass. */
    public Optional<String> refusalOf(JsonWebToken token) {
        Optional<ActiveApi> api = activation.current();
        if (api.isEmpty() || !signedWithCurrentKey(token.getRawToken(), api.get())) {
            return Optional.of(BAD_SIGNATURE);
        }
        Optional<Long> userId = TokenService.userIdOf(token);
        if (userId.isEmpty() || !users.isCurrentUser(token.getName(), userId.get())) {
            return Optional.of(REVOKED);
        }
        if (isTrue(token.getClaim(TokenService.GENERATED_CLAIM))) {
            if (!generated.isLive(token.getTokenID())) {
                return Optional.of(REVOKED);
            }
            generated.markUsed(token.getTokenID());
        } else if (!users.isCurrentPassword(userId.get(), TokenService.passwordVersionOf(token))) {
            // A login token from before the user's last password change.
            return Optional.of(REVOKED);
        } else if (TokenService.familyOf(token).filter(rotation::isRevoked).isPresent()) {
            // Its login's refresh token was reused.
            return Optional.of(REVOKED);
        }
        return Optional.empty();
    }

    /** The kind a token's JOSE typ header names; empty for a token of no kind CamSrv issues. */
    public Optional<TokenKind> kindOf(JsonWebToken token) {
        Optional<ActiveApi> api = activation.current();
        String raw = token.getRawToken();
        if (api.isEmpty() || raw == null) {
            return Optional.empty();
        }
        for (TokenKind kind : TokenKind.values()) {
            if (raw.startsWith(headerPrefixOf(api.get().keys().keyId(), kind))) {
                return Optional.of(kind); // CamSrv's own header: no need to parse it
            }
        }
        try {
            var type = SignedJWT.parse(raw).getHeader().getType();
            return type == null ? Optional.empty() : TokenKind.ofJoseType(type.getType());
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Liberty hands out JSON booleans as Boolean or as JSON-P's TRUE, depending on the claim. */
    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || JsonValue.TRUE.equals(claim);
    }

    /** raspiCamSrv's reason for a token that mpJwt refused. */
    public String explainRejection(String rawToken) {
        if (rawToken != null && rawToken.startsWith(KeyText.PREFIX)) {
            return VIEWER_KEY;
        }
        Optional<String> malformed = TokenShape.problemOf(rawToken);
        if (malformed.isPresent()) {
            return malformed.get();
        }
        Optional<ActiveApi> api = activation.current();
        try {
            SignedJWT jwt = SignedJWT.parse(rawToken);
            if (api.isEmpty() || !jwt.verify(new ECDSAVerifier(api.get().keys().publicKey()))) {
                return BAD_SIGNATURE;
            }
            Date now = new Date();
            Date expires = jwt.getJWTClaimsSet().getExpirationTime();
            if (expires != null && expires.before(now)) {
                return EXPIRED;
            }
            Date notBefore = jwt.getJWTClaimsSet().getNotBeforeTime();
            Date issued = jwt.getJWTClaimsSet().getIssueTime();
            if (issued != null && issued.after(now)) {
                return NOT_YET_VALID_IAT;
            }
            if (notBefore != null && notBefore.after(now)) {
                return NOT_YET_VALID_NBF;
            }
            return BAD_SIGNATURE;
        } catch (ParseException | JOSEException | RuntimeException e) {
            return BAD_SIGNATURE;
        }
    }

    /** The start of every token of each kind signed with a key, worked out once per key rather than on every request. */
    private record HeaderPrefixes(String keyId, Map<TokenKind, String> texts) {
    }

    private volatile HeaderPrefixes headerPrefixes;

    private String headerPrefixOf(String keyId, TokenKind kind) {
        HeaderPrefixes known = headerPrefixes;
        if (known == null || !known.keyId().equals(keyId)) {
            Map<TokenKind, String> texts = new EnumMap<>(TokenKind.class);
            for (TokenKind each : TokenKind.values()) {
                texts.put(each, TokenService.headerSegment(keyId, each) + ".");
            }
            known = new HeaderPrefixes(keyId, texts);
            headerPrefixes = known;
        }
        return known.texts().get(kind);
    }

    private boolean signedWithCurrentKey(String rawToken, ActiveApi api) {
        if (rawToken == null) {
            return false;
        }
        for (TokenKind kind : TokenKind.values()) {
            if (rawToken.startsWith(headerPrefixOf(api.keys().keyId(), kind))) {
                return true; // CamSrv's own header for the current key: no need to parse it
            }
        }
        try {
            return api.keys().keyId().equals(SignedJWT.parse(rawToken).getHeader().getKeyID());
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }
}
