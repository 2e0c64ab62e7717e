package org.camsrv.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
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
 * directory takes a new file (tried at most once a minute), and the user database answers. MQTT's
 * connection is reported but does not make the server unready: a broker that is away must not take the
 * camera server out of service. The camera's name and the API's state are on the Info page, behind the login.
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
    MqttService mqtt;

    private final WritableFolder dataFolder = new WritableFolder(() -> dataDirectory.root(), Instant::now);

    /** Health is asked every few seconds: the log gets a line when the answer changes, not each time. */
    private volatile Boolean wasReady;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("camsrv");
        boolean camera = cameraOpen();
        boolean dataWritable = dataFolder.isWritable();
        boolean database = databaseAnswers();
        boolean ready = camera && dataWritable && database;
        if (!Boolean.valueOf(ready).equals(wasReady)) {
            wasReady = ready;
            LOG.info(() -> ready ? "Ready" : "Not ready: camera " + camera + ", data directory writable " + dataWritable
                    + ", database " + database);
        }
        // Anyone may ask: the answer says what makes the server ready, not which camera it has or how it is secured.
        return response.withData("dataDirectoryWritable", dataWritable)
                .withData("database", database ? "reachable" : "unreachable")
                .withData("mqtt", mqtt.status().state().word())
                .status(ready)
                .build();
    }

    private boolean cameraOpen() {
        try {
            cameras.description();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Readiness: no camera adapter", e);
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
