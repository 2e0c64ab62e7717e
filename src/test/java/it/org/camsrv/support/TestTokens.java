package it.org.camsrv.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camsrv.secrets.JwtKeys;
import org.camsrv.secrets.SecretsFile;
import org.camsrv.secrets.SecretsFileException;

/**
 * Makes tokens the server did not issue, signed with the server's real key read from the
 * secrets file the test created: expired ones, tampered ones, ones with another key id.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static JwtKeys keysOf(Path secretsFile) {
        try {
            // The server completed the file at its start, so this only reads it.
            return new SecretsFile(secretsFile).prepare();
        } catch (SecretsFileException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    /** The claims of a real token of this server, to start from. */
    public static JWTClaimsSet.Builder claimsLike(String token) {
        try {
            return new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet());
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    public static JWTClaimsSet.Builder accessClaims(String user, long userId, Instant issued, Instant expires) {
        return new JWTClaimsSet.Builder()
                .issuer("camsrv")
                .subject(user)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .claim("groups", List.of("access"))
                .claim("uid", userId);
    }

    public static String sign(ECPrivateKey key, String keyId, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new AssertionError(e);
        }
        return jwt.serialize();
    }

    public static JWTClaimsSet claimsOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    public static String keyIdOf(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
