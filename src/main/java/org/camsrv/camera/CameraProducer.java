package org.camsrv.camera;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camsrv.camera.libcamera.LibcameraLoader;
import org.camsrv.log.SafeLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the cameras once, at start: libcamera's cameras (up to two) when the native shim loads
 * and finds some, else the simulated camera (or two, for trying multi-camera routes without
 * hardware). The choice and its reason are logged once and kept for /api/info.
 */
@ApplicationScoped
public class CameraProducer {

    private static final SafeLog LOG = SafeLog.of(CameraProducer.class);
    static final int MAX_CAMERAS = 2;

    @Inject
    @ConfigProperty(name = "camsrv.camera")
    String choice;

    @Inject
    @ConfigProperty(name = "camsrv.camera.simulated.count")
    int simulatedCount;

    /** The native shim: JNA's name (found in the WAR under linux-<arch>/) or an absolute path to one built elsewhere. */
    @Inject
    @ConfigProperty(name = "camsrv.camera.shim", defaultValue = LibcameraLoader.LIBRARY_NAME)
    String shim;

    private volatile String reason = "";
    private final List<Camera> opened = new ArrayList<>();

    /** Opens the cameras; the caller owns and closes them. */
    public synchronized List<Camera> openCameras() {
        opened.clear();
        if (!"simulated".equalsIgnoreCase(choice)) {
            StringBuilder why = new StringBuilder();
            Optional<? extends Camera> first = LibcameraCamera.open(shim, 0, why::append);
            if (first.isPresent()) {
                opened.add(first.get());
                LibcameraCamera.open(shim, 1, ignored -> { }).ifPresent(opened::add);
                reason = "libcamera found " + opened.stream().map(c -> c.description().model()).toList();
                LOG.info(() -> "Camera: " + reason);
                return List.copyOf(opened);
            }
            reason = why.toString();
        } else {
            reason = "the simulated camera was chosen in the configuration (camsrv.camera=simulated)";
        }
        int count = Math.max(1, Math.min(MAX_CAMERAS, simulatedCount));
        for (int num = 0; num < count; num++) {
            opened.add(new SimulatedCamera(num, Clock.systemUTC()));
        }
        LOG.info(() -> "Camera: simulated, because " + reason);
        return List.copyOf(opened);
    }

    /** Why these cameras were chosen, for /api/info. */
    public String reason() {
        return reason;
    }

    /** The first simulated camera when the simulation was chosen: tests script scene changes through it. */
    public synchronized Optional<SimulatedCamera> simulated() {
        return opened.stream().filter(SimulatedCamera.class::isInstance).map(SimulatedCamera.class::cast).findFirst();
    }
}
