package org.camsrv.auth.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether the API is active, and with what. Activation also hands the public key to
 * {@link VerificationKeySource}, where Liberty's mpJwt picks it up for verification.
 */
@ApplicationScoped
public class ApiActivation {

    private static final Logger LOG = Logger.getLogger(ApiActivation.class.getName());

    private volatile ActiveApi active;

    public Optional<ActiveApi> current() {
        return Optional.ofNullable(active);
    }

    public boolean isActive() {
        return active != null;
    }

    public void activate(ActiveApi api) {
        active = api;
        VerificationKeySource.publish(api.keys().publicKey());
        LOG.info(() -> "API is active (key id " + api.keys().keyId() + ", access tokens "
                + describe(api.accessMinutes(), "minutes") + ", refresh tokens " + describe(api.refreshDays(), "days") + ")");
    }

    public void deactivate() {
        if (active != null) {
            LOG.info("API is not active");
        }
        active = null;
        VerificationKeySource.withdraw();
    }

    private static String describe(int amount, String unit) {
        return amount == 0 ? "never expire" : "expire after " + amount + " " + unit;
    }
}
