package org.camsrv.camera.libcamera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StillCameraTest {

    private StubShim.Control stub;
    private StillCamera camera;

    @BeforeAll
    static void stubIsBuilt() {
        StubShim.path();
    }

    @BeforeEach
    void openStubCamera() {
        stub = StubShim.control();
        camera = LibcameraLoader.open(StubShim.path(), 0, reason -> {
            throw new AssertionError(reason);
        }).orElseThrow();
    }

    @AfterEach
    void closeAndCheck() {
        camera.close();
        assertEquals(0, stub.camsrv_stub_live_handles(), "handles left alive");
    }

    @Test
    void framesAreRgbImagesOfTheStubPattern() {
        camera.configure(64, 48);
        BufferedImage image = camera.captureFrame();
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, image.getType(), "RGB888 wrapped as it came, for the JPEG encoders");
        assertEquals(StubShim.expectedPixel(10, 20, 0), image.getRGB(10, 20) & 0xFFFFFF);
        assertEquals(StubShim.expectedPixel(10, 20, 1), camera.captureFrame().getRGB(10, 20) & 0xFFFFFF);
    }

    @Test
    void sameSizeAgainDoesNotRestartTheCamera() {
        camera.configure(64, 48);
        camera.configure(64, 48);
        assertEquals(1, stub.camsrv_stub_calls("camsrv_camera_start"));
        camera.configure(32, 24);
        assertEquals(2, stub.camsrv_stub_calls("camsrv_camera_start"));
    }

    @Test
    void closeIsIdempotentAndReleasesEverythingOnce() {
        camera.configure(64, 48);
        camera.close();
        camera.close();
        assertEquals(1, stub.camsrv_stub_calls("camsrv_camera_release"));
        assertEquals(1, stub.camsrv_stub_calls("camsrv_camera_destroy"));
        assertEquals(1, stub.camsrv_stub_calls("camsrv_manager_destroy"));
    }

    @Test
    void captureBeforeConfigureIsRefused() {
        assertThrows(IllegalStateException.class, camera::captureFrame);
    }
}
