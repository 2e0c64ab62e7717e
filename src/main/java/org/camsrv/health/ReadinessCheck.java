package org.camsrv.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.camsrv.auth.token.ApiActivation;
import org.camsrv.camera.CameraDescription;
import org.camsrv.camera.CameraService;
import org.camsrv.data.DataDirectory;
import org.camsrv.log.SafeLog;
import org.camsrv.mqtt.MqttService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a request can be served: a camera adapter is open (the simulated one counts), the data
 * directory takes a new file, and the user database answers. Whether the API is active is reported
 * but does not make the server unready: an owner who never turned the API on still uses the pages. So is
 * MQTT's connection: a broker that is away must not take the camera server out of service.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private static final SafeLog LOG = SafeLog.of(ReadinessCheck.class);

    @Inject
    CameraService cameras;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    ApiActivation api;

    @Inject
    MqttService mqtt;

    /** Health is asked every few seconds: the log gets a line when the answer changes, not each time. */
    private volatile Boolean wasReady;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("camsrv");
        boolean camera = describeCamera(response);
        boolean dataWritable = dataDirectoryWritable();
        boolean database = databaseAnswers();
        boolean ready = camera && dataWritable && database;
        if (!Boolean.valueOf(ready).equals(wasReady)) {
            wasReady = ready;
            LOG.info(() -> ready ? "Ready" : "Not ready: camera " + camera + ", data directory writable " + dataWritable
                    + ", database " + database);
        }
        return response.withData("dataDirectoryWritable", dataWritable)
                .withData("database", database ? "reachable" : "unreachable")
                .withData("api", api.isActive() ? "active" : "not active")
                .withData("mqtt", mqtt.status().state().word())
                .status(ready)
                .build();
    }

    private boolean describeCamera(HealthCheckResponseBuilder response) {
        try {
            CameraDescription camera = cameras.description();
            response.withData("camera", camera.model()).withData("cameraSimulated", camera.simulated());
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Readiness: no camera adapter", e);
            response.withData("camera", "none");
            return false;
        }
    }

    /** Writes and removes a small file: permissions alone would not show a full or read-only disk. */
    private boolean dataDirectoryWritable() {
        try {
            Path probe = Files.createTempFile(dataDirectory.root(), ".ready-", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "Readiness: the data directory takes no new file: " + e.getMessage());
            return false;
        }
    }

    private boolean databaseAnswers() {
        try {
            return dataDirectory.database().query("SELECT 1", statement -> {
                try (var row = statement.executeQuery()) {
                    return row.next() && row.getInt(1) == 1;
                }
            });
        } catch (RuntimeException e) {
            // DatabaseException, or the folder that cannot be created on the first use (UncheckedIOException).
            LOG.log(Level.FINE, "Readiness: the database does not answer", e);
            return false;
        }
    }
}
