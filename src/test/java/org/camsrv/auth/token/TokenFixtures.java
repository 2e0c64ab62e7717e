package org.camsrv.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camsrv.secrets.JwtKeys;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Keys, hand-made tokens and a JsonWebToken as mpJwt would hand it over, for the token tests. */
final class TokenFixtures {

    private TokenFixtures() {
    }

    static KeyPair p256Pair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JwtKeys keys(KeyPair pair, String secretKey) {
        return JwtKeys.of((ECPrivateKey) pair.getPrivate(), (ECPublicKey) pair.getPublic(), secretKey);
    }

    /** The pair a fresh API login gets, outside any store of families. */
    static TokenService.TokenPair loginPair(TokenService tokens, org.camsrv.auth.User user) {
        return tokens.issuePair(user, new TokenService.Chain("a-login", 0));
    }

    static JwtKeys newKeys() {
        return keys(p256Pair(), "jwt-secret-key");
    }

    /** A token signed with {@code keys}, issued at {@code issued} and expiring at {@code expires}. */
    static String signed(JwtKeys keys, Instant issued, Instant expires) {
        return signed(keys, new JWTClaimsSet.Builder()
                .issuer("camsrv")
                .subject("alice")
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expires))
                .jwtID("hand-made")
                .claim("groups", List.of("access"))
                .claim(TokenService.USER_ID_CLAIM, 1L)
                .build());
    }

    static String signed(JwtKeys keys, JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(keys.keyId()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /**
     * The token as Liberty's mpJwt presents it after verification: name from {@code sub}, claims
     * as parsed from the payload (numbers as Long, like jose4j), and the raw token.
     */
    static JsonWebToken accepted(String rawToken) {
        try {
            Map<String, Object> claims = SignedJWT.parse(rawToken).getJWTClaimsSet().getClaims();
            return new ParsedToken(rawToken, (String) claims.get("sub"), claims);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonWebToken accepted(String rawToken, String name, Map<String, Object> claims) {
        return new ParsedToken(rawToken, name, claims);
    }

    private record ParsedToken(String rawToken, String name, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getRawToken() {
            return rawToken;
        }

        @Override
        public Set<String> getClaimNames() {
            Set<String> names = new HashSet<>(claims.keySet());
            names.add("raw_token");
            return names;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) ("raw_token".equals(claimName) ? rawToken : claims.get(claimName));
        }
    }
}
