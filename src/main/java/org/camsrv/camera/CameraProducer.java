package org.camsrv.camera;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.camsrv.camera.libcamera.LibcameraLoader;
import org.camsrv.camera.simulated.SimulatedCamera;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the camera once, at start: libcamera's first camera when the native shim loads and
 * finds one, else the simulated camera. The choice and its reason are logged once and kept for
 * /api/info.
 */
@ApplicationScoped
public class CameraProducer {

    private static final Logger LOG = Logger.getLogger(CameraProducer.class.getName());

    @Inject
    @ConfigProperty(name = "camsrv.camera", defaultValue = "auto")
    String choice;

    private volatile String reason = "";
    private volatile Camera chosen;

    @Produces
    @ApplicationScoped
    Camera chooseCamera() {
        if (!"simulated".equalsIgnoreCase(choice)) {
            StringBuilder why = new StringBuilder();
            Optional<? extends Camera> real = LibcameraLoader.open(LibcameraLoader.LIBRARY_NAME, 0, why::append);
            if (real.isPresent()) {
                reason = "libcamera found " + real.get().description().model();
                LOG.info(() -> "Camera: " + real.get().description().model() + " through libcamera");
                chosen = real.get();
                return chosen;
            }
            reason = why.toString();
        } else {
            reason = "the simulated camera was chosen in the configuration (camsrv.camera=simulated)";
        }
        LOG.info(() -> "Camera: simulated, because " + reason);
        chosen = new SimulatedCamera();
        return chosen;
    }

    /** The simulated camera when it was chosen: tests script scene changes through it. */
    public Optional<SimulatedCamera> simulated() {
        return chosen instanceof SimulatedCamera simulated ? Optional.of(simulated) : Optional.empty();
    }

    void release(@Disposes Camera camera) {
        camera.close();
    }

    /** Why this camera was chosen, for /api/info. */
    public String reason() {
        return reason;
    }
}
