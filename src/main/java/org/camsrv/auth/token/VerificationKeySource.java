package org.camsrv.auth.token;

import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies mpJwt's verification key and this installation's issuer through MicroProfile Config. Liberty reads the mp.jwt.*
 * keys on every request that carries a token, so the key loaded from the secrets file at start
 * takes effect without writing it into server.xml. Static because MicroProfile Config creates
 * config sources itself (ServiceLoader), outside CDI; there is one per application class loader.
 */
public class VerificationKeySource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ALGORITHM = "mp.jwt.verify.publickey.algorithm";
    static final String ISSUER = "mp.jwt.verify.issuer";

    private static volatile String publicKeyPem;
    private static volatile String issuer;

    static void publish(ECPublicKey key, String tokenIssuer) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        publicKeyPem = "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
        issuer = tokenIssuer;
    }

    static void withdraw() {
        publicKeyPem = null;
        issuer = null;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put(ALGORITHM, "ES256");
        String key = publicKeyPem;
        if (key != null) {
            properties.put(PUBLIC_KEY, key);
        }
        String name = issuer;
        if (name != null) {
            properties.put(ISSUER, name);
        }
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case ALGORITHM -> "ES256";
            case PUBLIC_KEY -> publicKeyPem;
            case ISSUER -> issuer;
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "CamSrv API verification key";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
