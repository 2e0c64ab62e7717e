package it.org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.TestRunnerPassage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camsrv.camera.CameraProducer;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.SimulatedCamera;
import org.camsrv.data.DataDirectory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: motion detection on the live frames saves a photo when the scene changes, and not before. */
@ExtendWith(ArquillianExtension.class)
class MotionCaptureIT {

    @Deployment
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(CamsrvArchive.newDataDirectory("motion")).build()
                .addClasses(MotionCaptureIT.class, CamsrvArchive.class, TestRunnerPassage.class, TestRunnerPassage.Passage.class);
    }

    @Inject
    CameraService camera;

    @Inject
    CameraProducer producer;

    @Inject
    DataDirectory data;

    @Test
    void sceneChangeSavesAPhoto() throws Exception {
        camera.description(); // the camera is made on first use
        SimulatedCamera simulated = producer.simulated().orElseThrow();
        camera.active().startMotionCapture(); // what /api/start_triggered_capture calls
        try {
            Thread.sleep(1500);
            assertTrue(photos() == 0, "the moving test pattern alone is no motion");
            simulated.setScene(1); // a new deployment's camera shows scene 0
            long deadline = System.currentTimeMillis() + 10_000;
            while (photos() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(photos() >= 1, "a photo after the scene change");
        } finally {
            camera.active().stopMotionCapture();
        }
    }

    private long photos() throws IOException {
        Path media = data.mediaFolder();
        if (!Files.isDirectory(media)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(media)) {
            return files.filter(f -> f.toString().endsWith(".jpg")).filter(f -> f.toFile().length() > 0).count();
        }
    }
}
