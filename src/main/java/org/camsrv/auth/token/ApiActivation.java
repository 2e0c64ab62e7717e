package org.camsrv.auth.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.camsrv.log.SafeLog;

/**
 * Whether the API is active, and with what. Activation also hands the public key to
 * {@link VerificationKeySource}, where Liberty's mpJwt picks it up for verification.
 */
@ApplicationScoped
public class ApiActivation {

    private static final SafeLog LOG = SafeLog.of(ApiActivation.class);

    private static final String NO_KEYS = new JWKSet().toString(true);

    private volatile ActiveApi active;
    private volatile String keySet = NO_KEYS;

    public Optional<ActiveApi> current() {
        return Optional.ofNullable(active);
    }

    public boolean isActive() {
        return active != null;
    }

    public void activate(ActiveApi api) {
        active = api;
        keySet = new JWKSet(new ECKey.Builder(Curve.P_256, api.keys().publicKey())
                .keyID(api.keys().keyId())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .build()).toString(true);
        VerificationKeySource.publish(api.keys().publicKey(), api.issuer());
        LOG.info(() -> "API is active (issuer " + api.issuer() + ", key id " + api.keys().keyId() + ", access tokens "
                + describe(api.accessMinutes(), "minutes") + ", refresh tokens " + describe(api.refreshDays(), "days") + ")");
    }

    public void deactivate() {
        if (active != null) {
            LOG.info("API is not active");
        }
        active = null;
        keySet = NO_KEYS;
        VerificationKeySource.withdraw();
    }

    /** The public JSON Web Key Set that verifies the active key's tokens; empty while inactive. */
    public String keySetJson() {
        return keySet;
    }

    private static String describe(int amount, String unit) {
        return amount == 0 ? "never expire" : "expire after " + amount + " " + unit;
    }
}
