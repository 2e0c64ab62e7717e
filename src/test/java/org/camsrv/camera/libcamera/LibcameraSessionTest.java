package org.camsrv.camera.libcamera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LibcameraSessionTest {

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
    void listsNoCameraWhenTheStubHasNone() {
        stub.camsrv_stub_set_cameras(0);
        try (LibcameraSession session = LibcameraSession.start(library)) {
            assertEquals(0, session.cameraCount());
        }
    }

    @Test
    void listsIdsAndModelsOfTwoCameras() {
        stub.camsrv_stub_set_cameras(2);
        try (LibcameraSession session = LibcameraSession.start(library)) {
            assertEquals(2, session.cameraCount());
            assertEquals(List.of("/base/soc/i2c0mux/i2c@1/imx219@10",
                    "/base/scb/pcie@7d500000/pci@0,0/usb@0,0-1.2:1.0-046d:0825"),
                    List.of(session.cameraId(0), session.cameraId(1)));
            assertEquals(List.of("imx219", "UVC Camera (046d:0825)"),
                    List.of(session.cameraModel(0), session.cameraModel(1)));
            assertEquals("v0.0.0-camsrv-stub", session.libcameraVersion());
        }
    }

    @Test
    void cameraBeyondTheListIsRefusedWithEnodev() {
        try (LibcameraSession session = LibcameraSession.start(library)) {
            LibcameraException refused = assertThrows(LibcameraException.class, () -> session.cameraId(1));
            assertEquals("camsrv_manager_camera_id failed with status -19 (ENODEV: no such camera)", refused.getMessage());
        }
    }

    @Test
    void closeIsIdempotentAndStopsTheManagerOnce() {
        LibcameraSession session = LibcameraSession.start(library);
        session.close();
        session.close();
        assertEquals(1, stub.camsrv_stub_calls("camsrv_manager_destroy"));
        assertThrows(IllegalStateException.class, session::cameraCount);
    }

    @Test
    void secondManagerInTheProcessIsRefusedWithEbusy() {
        try (LibcameraSession first = LibcameraSession.start(library)) {
            LibcameraException refused = assertThrows(LibcameraException.class, () -> LibcameraSession.start(library));
            assertEquals("camsrv_manager_create failed with status -16 (EBUSY: device or resource busy)",
                    refused.getMessage());
        }
    }

    @Test
    void closingTheSessionClosesItsDevicesFirst() {
        LibcameraSession session = LibcameraSession.start(library);
        LibcameraDevice device = session.openDevice(0);
        device.configure(StreamRole.STILL, 64, 48);
        session.close();
        device.close();
        assertEquals(1, stub.camsrv_stub_calls("camsrv_camera_stop"));
        assertEquals(1, stub.camsrv_stub_calls("camsrv_camera_release"));
        assertEquals(1, stub.camsrv_stub_calls("camsrv_camera_destroy"));
        assertEquals(1, stub.camsrv_stub_calls("camsrv_manager_destroy"));
    }
}
