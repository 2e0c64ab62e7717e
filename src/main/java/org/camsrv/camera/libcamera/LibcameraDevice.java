package org.camsrv.camera.libcamera;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.Duration;
import java.util.function.Consumer;
import org.camsrv.camera.libcamera.LibcameraLibrary.AllocatorHandle;
import org.camsrv.camera.libcamera.LibcameraLibrary.CameraHandle;
import org.camsrv.camera.libcamera.LibcameraLibrary.ConfigurationHandle;
import org.camsrv.camera.libcamera.LibcameraLibrary.ManagerHandle;

/**
 * One acquired camera with at most one configured, running stream. It keeps libcamera's order
 * (configure, allocate, start; stop, free, release) and remembers which steps were done, so that
 * a failure half-way and a repeated close undo exactly what was done, once.
 */
public final class LibcameraDevice implements AutoCloseable {

    private final LibcameraLibrary library;
    private final int index;
    private final Consumer<LibcameraDevice> onClose;
    private CameraHandle camera;
    private boolean acquired;
    private ConfigurationHandle configuration;
    private AllocatorHandle allocator;
    private boolean started;
    private Memory frame;
    private StreamLayout layout;
    private PixelFormat format;

    private LibcameraDevice(LibcameraLibrary library, int index, CameraHandle camera, Consumer<LibcameraDevice> onClose) {
        this.library = library;
        this.index = index;
        this.camera = camera;
        this.onClose = onClose;
    }

    static LibcameraDevice acquire(LibcameraLibrary library, ManagerHandle manager, int index,
            Consumer<LibcameraDevice> onClose) {
        PointerByReference created = new PointerByReference();
        LibcameraException.check("camsrv_camera_create", library.camsrv_camera_create(manager, index, created));
        LibcameraDevice device = new LibcameraDevice(library, index, new CameraHandle(created.getValue()), onClose);
        try {
            LibcameraException.check("camsrv_camera_acquire", library.camsrv_camera_acquire(device.camera));
            device.acquired = true;
            return device;
        } catch (RuntimeException e) {
            device.close();
            throw e;
        }
    }

    /**
     * Configures one stream of this size in packed RGB and starts the camera; a running stream
     * is stopped first. Answers what the camera chose, which may be another size or RGB order.
     */
    public synchronized StreamLayout configure(StreamRole role, int width, int height) {
        CameraHandle handle = camera();
        stopStream();
        try {
            PointerByReference created = new PointerByReference();
            LibcameraException.check("camsrv_configuration_create", library.camsrv_configuration_create(
                    handle, role.code, width, height, PixelFormat.RGB888.fourcc, created));
            configuration = new ConfigurationHandle(created.getValue());
            LibcameraException.check("camsrv_camera_configure", library.camsrv_camera_configure(handle, configuration));
            StreamLayout reported = readLayout();
            PixelFormat chosenFormat = reported.pixelFormat().orElseThrow(() -> new LibcameraException("Camera "
                    + index + " offers " + reported + ", not a packed RGB format CamSrv can read"));
            StreamLayout chosen = reported.stride() > 0 ? reported : new StreamLayout(reported.width(),
                    reported.height(), reported.width() * chosenFormat.bytesPerPixel, reported.frameSize(), reported.fourcc());
            created = new PointerByReference();
            LibcameraException.check("camsrv_allocator_create", library.camsrv_allocator_create(handle, configuration, created));
            allocator = new AllocatorHandle(created.getValue());
            frame = new Memory(chosen.bufferSize());
            LibcameraException.check("camsrv_camera_start", library.camsrv_camera_start(handle));
            started = true;
            layout = chosen;
            format = chosenFormat;
            return chosen;
        } catch (RuntimeException e) {
            stopStream();
            throw e;
        }
    }

    /** Captures the next frame of the configured stream, waiting at most timeout for it. */
    synchronized RgbFrame capture(Duration timeout) {
        CameraHandle handle = camera();
        if (!started) {
            throw new IllegalStateException("Camera " + index + " is not configured");
        }
        IntByReference used = new IntByReference();
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        LibcameraException.check("camsrv_camera_capture",
                library.camsrv_camera_capture(handle, allocator, frame, (int) frame.size(), timeoutMs, used));
        byte[] data = frame.getByteArray(0, used.getValue());
        try {
            return new RgbFrame(layout.width(), layout.height(), layout.stride(), format, data);
        } catch (IllegalArgumentException e) {
            throw new LibcameraException("Camera " + index + " delivered a short frame: " + e.getMessage());
        }
    }

    /** The stream as configured, or null before configure. */
    public synchronized StreamLayout layout() {
        return layout;
    }

    /** Stops, frees and releases what is held; the session forgets the device even if a step fails. */
    @Override
    public void close() {
        boolean closing = false;
        try {
            synchronized (this) {
                if (camera == null) {
                    return;
                }
                closing = true;
                try {
                    stopStream();
                    if (acquired) {
                        acquired = false;
                        LibcameraException.check("camsrv_camera_release", library.camsrv_camera_release(camera));
                    }
                } finally {
                    CameraHandle destroying = camera;
                    camera = null;
                    library.camsrv_camera_destroy(destroying);
                }
            }
        } finally {
            if (closing) {
                onClose.accept(this);
            }
        }
    }

    /**
     * Undoes start, allocation and configuration, each only if done. Buffers are freed even when
     * stop fails: stop fails only for a camera that is gone, whose requests libcamera has cancelled.
     */
    private void stopStream() {
        layout = null;
        format = null;
        LibcameraException failure = null;
        if (started) {
            started = false;
            int status = library.camsrv_camera_stop(camera);
            if (status < 0) {
                failure = new LibcameraException("camsrv_camera_stop", status);
            }
        }
        if (allocator != null) {
            AllocatorHandle freeing = allocator;
            allocator = null;
            library.camsrv_allocator_destroy(freeing);
        }
        if (frame != null) {
            frame.close();
            frame = null;
        }
        if (configuration != null) {
            ConfigurationHandle dropping = configuration;
            configuration = null;
            library.camsrv_configuration_destroy(dropping);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private StreamLayout readLayout() {
        IntByReference width = new IntByReference();
        IntByReference height = new IntByReference();
        IntByReference stride = new IntByReference();
        IntByReference frameSize = new IntByReference();
        IntByReference fourcc = new IntByReference();
        LibcameraException.check("camsrv_configuration_stream",
                library.camsrv_configuration_stream(configuration, width, height, stride, frameSize, fourcc));
        return new StreamLayout(width.getValue(), height.getValue(), stride.getValue(), frameSize.getValue(),
                fourcc.getValue());
    }

    private CameraHandle camera() {
        if (camera == null) {
            throw new IllegalStateException("Camera " + index + " is closed");
        }
        return camera;
    }
}
