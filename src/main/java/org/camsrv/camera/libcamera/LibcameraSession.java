package org.camsrv.camera.libcamera;

import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camsrv.camera.libcamera.LibcameraLibrary.ManagerHandle;

/**
 * A started libcamera camera manager and the cameras it lists. It owns the devices opened
 * through it and closes them before stopping the manager, because libcamera requires every
 * camera to be let go before its manager stops. Close is safe to repeat.
 */
public final class LibcameraSession implements AutoCloseable {

    private static final int MAX_TEXT = 64 * 1024;

    private final LibcameraLibrary library;
    private final List<LibcameraDevice> devices = new ArrayList<>();
    private ManagerHandle manager;

    private LibcameraSession(LibcameraLibrary library, ManagerHandle manager) {
        this.library = library;
        this.manager = manager;
    }

    /** Starts a camera manager; libcamera allows one per process, so a second one fails with EBUSY. */
    public static LibcameraSession start(LibcameraLibrary library) {
        PointerByReference created = new PointerByReference();
        LibcameraException.check("camsrv_manager_create", library.camsrv_manager_create(created));
        return new LibcameraSession(library, new ManagerHandle(created.getValue()));
    }

    /** libcamera's version, e.g. "v0.0.3". */
    public synchronized String libcameraVersion() {
        return text("camsrv_manager_version", (buffer, size) -> library.camsrv_manager_version(buffer, size));
    }

    public synchronized int cameraCount() {
        IntByReference count = new IntByReference();
        LibcameraException.check("camsrv_manager_camera_count", library.camsrv_manager_camera_count(manager(), count));
        return count.getValue();
    }

    public synchronized String cameraId(int index) {
        ManagerHandle m = manager();
        return text("camsrv_manager_camera_id", (buffer, size) -> library.camsrv_manager_camera_id(m, index, buffer, size));
    }

    /** The camera's model (its sensor, e.g. "imx219", or a USB camera's product name); "" if unknown. */
    public synchronized String cameraModel(int index) {
        ManagerHandle m = manager();
        return text("camsrv_manager_camera_model", (buffer, size) -> library.camsrv_manager_camera_model(m, index, buffer, size));
    }

    /** Acquires camera index for this process; close the device to release it. */
    public synchronized LibcameraDevice openDevice(int index) {
        LibcameraDevice device = LibcameraDevice.acquire(library, manager(), index, this::forget);
        devices.add(device);
        return device;
    }

    @Override
    public synchronized void close() {
        if (manager == null) {
            return;
        }
        try {
            for (LibcameraDevice device : List.copyOf(devices)) {
                device.close();
            }
        } finally {
            ManagerHandle stopping = manager;
            manager = null;
            devices.clear();
            library.camsrv_manager_destroy(stopping);
        }
    }

    private synchronized void forget(LibcameraDevice device) {
        devices.remove(device);
    }

    private ManagerHandle manager() {
        if (manager == null) {
            throw new IllegalStateException("The libcamera session is closed");
        }
        return manager;
    }

    private interface TextCall {
        int fill(byte[] buffer, int size);
    }

    /** Calls a function that copies text into a buffer, growing the buffer while it answers ERANGE. */
    private static String text(String function, TextCall call) {
        for (int size = 256;; size *= 2) {
            byte[] buffer = new byte[size];
            int status = call.fill(buffer, size);
            if (status != -34 || size >= MAX_TEXT) {
                LibcameraException.check(function, status);
                return Native.toString(buffer, StandardCharsets.UTF_8);
            }
        }
    }
}
