package org.camsrv.camera.libcamera;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stub shim that src/test/native/build.sh compiles into target/test-native during
 * test-compile: the real shim's functions over fake cameras, plus camsrv_stub_* controls. Public for
 * the test of the adapter in camera.
 */
public final class StubShim {

    /** The stub's own controls (see src/test/native/camsrv_stub.h). */
    public interface Control extends Library {
        void camsrv_stub_reset();

        void camsrv_stub_set_cameras(int count);

        void camsrv_stub_set_native_format(int fourcc);

        void camsrv_stub_fail(String function, int status);

        int camsrv_stub_calls(String function);

        int camsrv_stub_live_handles();
    }

    static final int EBUSY = -16;
    static final int EIO = -5;
    static final int YUYV = PixelFormat.fourcc('Y', 'U', 'Y', 'V');

    private StubShim() {
    }

    /** The stub's path; skips the calling test when the build had no C compiler. */
    public static String path() {
        Path stub = targetDirectory().resolve("test-native").resolve("libcamsrv_libcamera_stub.so");
        assumeTrue(Files.isRegularFile(stub), "Stub shim " + stub + " was not built (no gcc?); JNA binding test skipped");
        return stub.toString();
    }

    static LibcameraLibrary library() {
        return Native.load(path(), LibcameraLibrary.class);
    }

    /** The controls, reset: one camera unless set, any RGB format, no failures, no calls counted. */
    public static Control control() {
        Control control = Native.load(path(), Control.class);
        control.camsrv_stub_reset();
        return control;
    }

    static Path targetDirectory() {
        try {
            return Path.of(StubShim.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stub's pattern: pixel (x, y) of the n-th frame since start, as 0xRRGGBB. */
    public static int expectedPixel(int x, int y, int n) {
        return ((x + n) & 0xFF) << 16 | ((2 * y) & 0xFF) << 8 | (x ^ y) & 0xFF;
    }
}
