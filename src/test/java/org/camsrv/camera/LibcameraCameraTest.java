package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.camsrv.camera.libcamera.StubShim;
import org.camsrv.camera.media.RawFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter from the libcamera binding to Camera, over the stub shim. */
class LibcameraCameraTest {

    private final List<String> reasons = new ArrayList<>();
    private final StubShim.Control stub = StubShim.control();

    @AfterEach
    void nothingLeftOpen() {
        assertEquals(0, stub.camsrv_stub_live_handles(), "handles left alive");
        assertEquals(List.of(), reasons);
    }

    @Test
    void describesEachCameraByNumberModelAndBus() {
        stub.camsrv_stub_set_cameras(2);
        try (LibcameraCamera csi = LibcameraCamera.open(StubShim.path(), 0, reasons::add).orElseThrow();
                LibcameraCamera usb = LibcameraCamera.open(StubShim.path(), 1, reasons::add).orElseThrow()) {
            assertEquals(new CameraDescription(0, "imx219", false, false), csi.description());
            assertEquals(new CameraDescription(1, "UVC Camera (046d:0825)", true, false), usb.description());
        }
    }

    @Test
    void rawFramesAreAnRggbMosaicOfTheRgbFrame() {
        try (LibcameraCamera camera = LibcameraCamera.open(StubShim.path(), 0, reasons::add).orElseThrow()) {
            camera.configure(64, 48);
            RawFrame raw = camera.captureRaw();
            BufferedImage expected = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 48; y++) {
                for (int x = 0; x < 64; x++) {
                    expected.setRGB(x, y, StubShim.expectedPixel(x, y, 0));
                }
            }
            assertEquals(List.of(64, 48, BayerMosaic.WHITE_LEVEL, "imx219"),
                    List.of(raw.width(), raw.height(), raw.whiteLevel(), raw.model()));
            assertArrayEquals(BayerMosaic.of(expected, "imx219").samples(), raw.samples());
        }
    }
}
