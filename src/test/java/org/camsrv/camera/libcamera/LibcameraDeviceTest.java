package org.camsrv.camera.libcamera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LibcameraDeviceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private StubShim.Control stub;
    private LibcameraLibrary library;

    @BeforeAll
    static void stubIsBuilt() {
        StubShim.path();
    }

    @BeforeEach
    void loadStub() {
        stub = StubShim.control();
        library = StubShim.library();
    }

    @AfterEach
    void nothingIsLeft() {
        assertEquals(0, stub.camsrv_stub_live_handles(), "handles left alive");
    }

    @Test
    void capturedFramesFollowTheStubPatternRowByRowHonouringTheStride() {
        try (LibcameraSession session = LibcameraSession.start(library);
                LibcameraDevice device = session.openDevice(0)) {
            StreamLayout layout = device.configure(StreamRole.STILL, 320, 240);
            assertEquals(new StreamLayout(320, 240, 320 * 3 + 32, (320 * 3 + 32) * 240, PixelFormat.RGB888.fourcc), layout);
            for (int n = 0; n < 3; n++) {
                BufferedImage image = device.capture(TIMEOUT).toImage();
                assertEquals(320, image.getWidth());
                assertEquals(240, image.getHeight());
                assertPattern(image, n);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PixelFormat.class)
    void everyRgbOrderTheCameraChoosesDecodesToTheSameImage(PixelFormat chosen) {
        stub.camsrv_stub_set_native_format(chosen.fourcc);
        try (LibcameraSession session = LibcameraSession.start(library);
                LibcameraDevice device = session.openDevice(0)) {
            StreamLayout layout = device.configure(StreamRole.VIDEO, 100, 50);
            assertEquals(chosen.fourcc, layout.fourcc());
            assertEquals(100 * chosen.bytesPerPixel + 32, layout.stride());
            assertPattern(device.capture(TIMEOUT).toImage(), 0);
        }
    }

    @Test
    void aFormatThatIsNotPackedRgbIsRefusedAndItsStreamUndone() {
        stub.camsrv_stub_set_native_format(StubShim.YUYV);
        try (LibcameraSession session = LibcameraSession.start(library);
                LibcameraDevice device = session.openDevice(0)) {
            LibcameraException refused = assertThrows(LibcameraException.class,
                    () -> device.configure(StreamRole.STILL, 64, 48));
            assertEquals("Camera 0 offers 64x48 YUYV stride 160, not a packed RGB format CamSrv can read",
                    refused.getMessage());
            assertEquals(1, stub.camsrv_stub_calls("camsrv_configuration_destroy"));
            assertThrows(IllegalStateException.class, () -> device.capture(TIMEOUT));
        }
    }

    @Test
    void sizeTheCameraAdjustedIsWhatFramesHave() {
        try (LibcameraSession session = LibcameraSession.start(library);
                LibcameraDevice device = session.openDevice(0)) {
            StreamLayout layout = device.configure(StreamRole.STILL, 5000, 4000);
            assertEquals(4056, layout.width());
            assertEquals(3040, layout.height());
            BufferedImage image = device.capture(TIMEOUT).toImage();
            assertEquals(4056, image.getWidth());
            assertEquals(3040, image.getHeight());
        }
    }

    @Test
    void reconfiguringStopsAndFreesThePreviousStreamFirst() {
        try (LibcameraSession session = LibcameraSession.start(library);
                LibcameraDevice device = session.openDevice(0)) {
            device.configure(StreamRole.STILL, 64, 48);
            device.configure(StreamRole.VIDEO, 32, 16);
            assertEquals(1, stub.camsrv_stub_calls("camsrv_camera_stop"));
            assertEquals(1, stub.camsrv_stub_calls("camsrv_allocator_destroy"));
            assertEquals(1, stub.camsrv_stub_calls("camsrv_configuration_destroy"));
            assertEquals(32, device.capture(TIMEOUT).toImage().getWidth());
        }
    }

    @Test
    void captureBeforeConfigureIsRefused() {
        try (LibcameraSession session = LibcameraSession.start(library);
                LibcameraDevice device = session.openDevice(0)) {
            assertThrows(IllegalStateException.class, () -> device.capture(TIMEOUT));
        }
    }

    @Test
    void closeIsIdempotentAndUndoesEachStepOnce() {
        try (LibcameraSession session = LibcameraSession.start(library)) {
            LibcameraDevice device = session.openDevice(0);
            device.configure(StreamRole.STILL, 64, 48);
            device.close();
            device.close();
            for (String function : new String[] {"camsrv_camera_stop", "camsrv_allocator_destroy",
                    "camsrv_configuration_destroy", "camsrv_camera_release", "camsrv_camera_destroy"}) {
                assertEquals(1, stub.camsrv_stub_calls(function), function);
            }
            assertThrows(IllegalStateException.class, () -> device.configure(StreamRole.STILL, 64, 48));
        }
    }

    /** Every call that answers a status, failing in turn during open, configure, capture and close. */
    @ParameterizedTest
    @ValueSource(strings = {"camsrv_manager_create", "camsrv_manager_version", "camsrv_manager_camera_count",
            "camsrv_manager_camera_id", "camsrv_manager_camera_model", "camsrv_camera_create",
            "camsrv_camera_acquire", "camsrv_configuration_create", "camsrv_camera_configure",
            "camsrv_configuration_stream", "camsrv_allocator_create", "camsrv_camera_start",
            "camsrv_camera_capture", "camsrv_camera_stop", "camsrv_camera_release"})
    void aFailingCallBecomesAnExceptionNamingItAndLeavesNothingBehind(String function) {
        stub.camsrv_stub_fail(function, StubShim.EIO);
        LibcameraException failure = assertThrows(LibcameraException.class, this::useTheWholeApi);
        assertEquals(function + " failed with status -5 (EIO: input/output error)", failure.getMessage());
        assertEquals(stub.camsrv_stub_calls("camsrv_manager_create") - (function.equals("camsrv_manager_create") ? 1 : 0),
                stub.camsrv_stub_calls("camsrv_manager_destroy"));
        assertTrue(stub.camsrv_stub_calls(function) == 1);
    }

    private void useTheWholeApi() {
        try (LibcameraSession session = LibcameraSession.start(library)) {
            session.libcameraVersion();
            session.cameraCount();
            session.cameraId(0);
            session.cameraModel(0);
            try (LibcameraDevice device = session.openDevice(0)) {
                device.configure(StreamRole.STILL, 64, 48);
                device.capture(TIMEOUT);
            }
        }
    }

    private static void assertPattern(BufferedImage image, int frameNumber) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int expected = StubShim.expectedPixel(x, y, frameNumber);
                if ((image.getRGB(x, y) & 0xFFFFFF) != expected) {
                    throw new AssertionError("Frame " + frameNumber + " pixel (" + x + ", " + y + ") is "
                            + Integer.toHexString(image.getRGB(x, y) & 0xFFFFFF) + ", expected "
                            + Integer.toHexString(expected));
                }
            }
        }
    }
}
