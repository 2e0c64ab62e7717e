package org.camsrv.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The application answers at all. Deliberately checks nothing else: a failing liveness check makes
 * systemd or a container runtime restart the server, which would not cure a missing camera or a full disk.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("camsrv");
    }
}
