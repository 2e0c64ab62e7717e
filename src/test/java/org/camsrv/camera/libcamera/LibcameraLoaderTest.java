package org.camsrv.camera.libcamera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LibcameraLoaderTest {

    private final List<String> reasons = new ArrayList<>();

    @Test
    void missingLibraryAnswersEmptyWithOneLineReason() {
        Optional<StillCamera> camera = LibcameraLoader.open("camsrv_no_such_library", 0, reasons::add);
        assertTrue(camera.isEmpty());
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).startsWith("native libcamera shim not available: Unable to load library 'camsrv_no_such_library'"),
                reasons.get(0));
        assertFalse(reasons.get(0).contains("\n"));
    }

    @Test
    void noCameraAnswersEmptyWithReasonAndStopsTheManager() {
        StubShim.Control stub = StubShim.control();
        stub.camsrv_stub_set_cameras(0);
        assertTrue(LibcameraLoader.open(StubShim.path(), 0, reasons::add).isEmpty());
        assertEquals(List.of("libcamera found no camera (libcamera v0.0.0-camsrv-stub)"), reasons);
        assertEquals(1, stub.camsrv_stub_calls("camsrv_manager_destroy"));
        assertEquals(0, stub.camsrv_stub_live_handles());
    }

    @Test
    void cameraNumberBeyondTheListAnswersEmptyWithReason() {
        StubShim.Control stub = StubShim.control();
        assertTrue(LibcameraLoader.open(StubShim.path(), 1, reasons::add).isEmpty());
        assertEquals(List.of("libcamera found 1 camera, so there is no camera 1"), reasons);
        assertEquals(0, stub.camsrv_stub_live_handles());
    }

    @Test
    void busyCameraAnswersEmptyWithTheFailedCall() {
        StubShim.Control stub = StubShim.control();
        stub.camsrv_stub_fail("camsrv_camera_acquire", StubShim.EBUSY);
        assertTrue(LibcameraLoader.open(StubShim.path(), 0, reasons::add).isEmpty());
        assertEquals(List.of("libcamera could not open camera 0: camsrv_camera_acquire failed with status -16"
                + " (EBUSY: device or resource busy)"), reasons);
        assertEquals(0, stub.camsrv_stub_live_handles());
    }

    @Test
    void opensACameraKnownByNumberModelAndBus() {
        StubShim.Control stub = StubShim.control();
        stub.camsrv_stub_set_cameras(2);
        try (StillCamera csi = LibcameraLoader.open(StubShim.path(), 0, reasons::add).orElseThrow();
                StillCamera usb = LibcameraLoader.open(StubShim.path(), 1, reasons::add).orElseThrow()) {
            assertEquals(List.of(0, "imx219", false), List.of(csi.number(), csi.model(), csi.usb()));
            assertEquals(List.of(1, "UVC Camera (046d:0825)", true), List.of(usb.number(), usb.model(), usb.usb()));
        }
        assertEquals(List.of(), reasons);
    }

    @Test
    void camerasShareOneManagerThatTheLastCloseStops() {
        StubShim.Control stub = StubShim.control();
        stub.camsrv_stub_set_cameras(2);
        StillCamera first = LibcameraLoader.open(StubShim.path(), 0, reasons::add).orElseThrow();
        StillCamera second = LibcameraLoader.open(StubShim.path(), 1, reasons::add).orElseThrow();
        assertEquals(1, stub.camsrv_stub_calls("camsrv_manager_create"));
        first.close();
        assertEquals(0, stub.camsrv_stub_calls("camsrv_manager_destroy"));
        second.close();
        second.close();
        assertEquals(1, stub.camsrv_stub_calls("camsrv_manager_destroy"));
        assertEquals(0, stub.camsrv_stub_live_handles());
        LibcameraLoader.open(StubShim.path(), 0, reasons::add).orElseThrow().close();
        assertEquals(2, stub.camsrv_stub_calls("camsrv_manager_create"));
    }

    @Test
    void usbCamerasAreToldByTheirId() {
        assertTrue(LibcameraLoader.isUsb("/base/scb/pcie@7d500000/pci@0,0/usb@0,0-1:1.0-046d:0825"));
        assertTrue(LibcameraLoader.isUsb("\\_SB_.PCI0.XHC_.RHUB.HS05-5:1.0-5986:2113"));
        assertFalse(LibcameraLoader.isUsb("/base/soc/i2c0mux/i2c@1/imx219@10"));
        assertFalse(LibcameraLoader.isUsb("/base/axi/pcie@120000/rp1/i2c@88000/imx708@1a"));
    }
}
