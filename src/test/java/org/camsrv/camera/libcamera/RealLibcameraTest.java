package org.camsrv.camera.libcamera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real shim over the installed libcamera, where the build compiled it (libcamera-dev
 * present). On a machine without cameras libcamera must start, list none and let CamSrv fall
 * back. libcamera logs a few lines to stderr here; LIBCAMERA_LOG_LEVELS=*:ERROR quiets them.
 */
class RealLibcameraTest {

    private static final Path CLASSES = StubShim.targetDirectory().resolve("classes");

    private static Path builtShim() {
        Path shim = CLASSES.resolve(Platform.RESOURCE_PREFIX).resolve("libcamsrv_libcamera.so");
        assumeTrue(Files.isRegularFile(shim),
                "libcamera shim not built (no libcamera-dev or g++); real libcamera test skipped");
        return shim;
    }

    /** libcamera finds cameras through media controller devices; without any it must list none. */
    private static void assumeNoMediaDevice() throws IOException {
        try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
            assumeTrue(dev.noneMatch(path -> path.getFileName().toString().startsWith("media")),
                    "this machine has /dev/media* devices, so libcamera may find a camera");
        }
    }

    @Test
    void shimLiesInJnaPlatformFolder() throws IOException {
        try (Stream<Path> folders = Files.list(CLASSES)) {
            List<String> built = folders.filter(folder -> Files.isRegularFile(folder.resolve("libcamsrv_libcamera.so")))
                    .map(folder -> folder.getFileName().toString()).toList();
            assumeTrue(!built.isEmpty(), "libcamera shim not built; real libcamera test skipped");
            assertEquals(List.of(Platform.RESOURCE_PREFIX), built);
        }
    }

    @Test
    void managerStartsAndListsNoCamera() throws IOException {
        Path shim = builtShim();
        assumeNoMediaDevice();
        LibcameraLibrary library = Native.load(shim.toString(), LibcameraLibrary.class);
        try (LibcameraSession session = LibcameraSession.start(library)) {
            assertTrue(session.libcameraVersion().startsWith("v0."), session.libcameraVersion());
            assertEquals(0, session.cameraCount());
        }
    }

    @Test
    void loaderFindsTheShimOnTheClassPathAndFallsBackWithReason() throws IOException {
        builtShim();
        assumeNoMediaDevice();
        List<String> reasons = new ArrayList<>();
        assertTrue(LibcameraLoader.open(LibcameraLoader.LIBRARY_NAME, 0, reasons::add).isEmpty());
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).startsWith("libcamera found no camera (libcamera v0."), reasons.get(0));
    }
}
