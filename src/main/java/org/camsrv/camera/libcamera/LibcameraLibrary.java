package org.camsrv.camera.libcamera;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The camsrv_* C shim over libcamera, one method per C function with the C name. Statuses are
 * 0 or a negative errno; {@link LibcameraException#check} turns them into exceptions. Loaded by
 * {@link LibcameraLoader} only, never through a static field: the library is optional.
 */
public interface LibcameraLibrary extends Library {

    /** Shim role codes: StreamRole::StillCapture and StreamRole::VideoRecording. */
    int CAMSRV_ROLE_STILL = 0;
    int CAMSRV_ROLE_VIDEO = 1;

    /** A started libcamera::CameraManager. */
    final class ManagerHandle extends PointerType {
        public ManagerHandle() {
        }

        public ManagerHandle(Pointer pointer) {
            super(pointer);
        }
    }

    /** One camera of the manager, acquired or not. */
    final class CameraHandle extends PointerType {
        public CameraHandle() {
        }

        public CameraHandle(Pointer pointer) {
            super(pointer);
        }
    }

    /** A one-stream libcamera::CameraConfiguration. */
    final class ConfigurationHandle extends PointerType {
        public ConfigurationHandle() {
        }

        public ConfigurationHandle(Pointer pointer) {
            super(pointer);
        }
    }

    /** A libcamera::FrameBufferAllocator with its buffers mapped. */
    final class AllocatorHandle extends PointerType {
        public AllocatorHandle() {
        }

        public AllocatorHandle(Pointer pointer) {
            super(pointer);
        }
    }

    int camsrv_manager_create(PointerByReference manager);

    void camsrv_manager_destroy(ManagerHandle manager);

    int camsrv_manager_version(byte[] version, int size);

    int camsrv_manager_camera_count(ManagerHandle manager, IntByReference count);

    int camsrv_manager_camera_id(ManagerHandle manager, int index, byte[] id, int size);

    int camsrv_manager_camera_model(ManagerHandle manager, int index, byte[] model, int size);

    int camsrv_camera_create(ManagerHandle manager, int index, PointerByReference camera);

    void camsrv_camera_destroy(CameraHandle camera);

    int camsrv_camera_acquire(CameraHandle camera);

    int camsrv_camera_release(CameraHandle camera);

    int camsrv_camera_configure(CameraHandle camera, ConfigurationHandle configuration);

    int camsrv_camera_start(CameraHandle camera);

    int camsrv_camera_stop(CameraHandle camera);

    int camsrv_camera_capture(CameraHandle camera, AllocatorHandle allocator, Pointer frame, int size,
            int timeoutMs, IntByReference bytesUsed);

    int camsrv_configuration_create(CameraHandle camera, int role, int width, int height, int pixelFormat,
            PointerByReference configuration);

    void camsrv_configuration_destroy(ConfigurationHandle configuration);

    int camsrv_configuration_stream(ConfigurationHandle configuration, IntByReference width,
            IntByReference height, IntByReference stride, IntByReference frameSize, IntByReference pixelFormat);

    int camsrv_allocator_create(CameraHandle camera, ConfigurationHandle configuration,
            PointerByReference allocator);

    void camsrv_allocator_destroy(AllocatorHandle allocator);
}
