package org.camsrv.camera.libcamera;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Opens a libcamera camera if the native shim loads and libcamera lists it, else answers empty
 * with the reason, so that the caller can fall back to the simulated camera. No static library
 * instance: a failed load must not break this class. Cameras opened through the same library
 * share one camera manager, because libcamera allows only one per process.
 */
public final class LibcameraLoader {

    /** The shim's name for {@code Native.load}: libcamsrv_libcamera.so, found on the class path under linux-<arch>/. */
    public static final String LIBRARY_NAME = "camsrv_libcamera";

    /** A USB camera's libcamera id mentions the USB bus on the Pi and ends with vendor:product elsewhere. */
    private static final Pattern USB_ID = Pattern.compile("(?i).*(usb.*|-[0-9a-f]{4}:[0-9a-f]{4})$");

    private static final Map<String, SharedSession> SESSIONS = new HashMap<>();

    private LibcameraLoader() {
    }

    /**
     * Opens camera {@code cameraNumber} (0-based, libcamera's order) through the shim named
     * {@code libraryName} (a name for JNA's search, or an absolute path). When it answers empty,
     * it has told {@code reasonLog} why, exactly once; when it answers a camera, it has not.
     */
    public static Optional<StillCamera> open(String libraryName, int cameraNumber, Consumer<String> reasonLog) {
        LibcameraLibrary library;
        try {
            library = Native.load(libraryName, LibcameraLibrary.class,
                    Map.of(Library.OPTION_CLASSLOADER, LibcameraLoader.class.getClassLoader()));
        } catch (LinkageError e) {
            reasonLog.accept("native libcamera shim not available: " + firstLines(e.getMessage()));
            return Optional.empty();
        }
        synchronized (SESSIONS) {
            SharedSession shared = SESSIONS.get(libraryName);
            try {
                if (shared == null) {
                    shared = new SharedSession(libraryName, LibcameraSession.start(library));
                }
                return openCamera(shared, cameraNumber, reasonLog);
            } catch (LibcameraException e) {
                reasonLog.accept("libcamera could not open camera " + cameraNumber + ": " + e.getMessage());
                return Optional.empty();
            } catch (LinkageError e) {
                reasonLog.accept("native libcamera shim not usable: " + firstLines(e.getMessage()));
                return Optional.empty();
            } finally {
                if (shared != null && shared.users == 0) {
                    shared.session.close();
                } else if (shared != null) {
                    SESSIONS.put(libraryName, shared);
                }
            }
        }
    }

    private static Optional<StillCamera> openCamera(SharedSession shared, int cameraNumber,
            Consumer<String> reasonLog) {
        LibcameraSession session = shared.session;
        int count = session.cameraCount();
        if (count == 0) {
            reasonLog.accept("libcamera found no camera (libcamera " + session.libcameraVersion() + ")");
            return Optional.empty();
        }
        if (cameraNumber < 0 || cameraNumber >= count) {
            reasonLog.accept("libcamera found " + count + (count == 1 ? " camera" : " cameras")
                    + ", so there is no camera " + cameraNumber);
            return Optional.empty();
        }
        String id = session.cameraId(cameraNumber);
        String model = session.cameraModel(cameraNumber);
        LibcameraDevice device = session.openDevice(cameraNumber);
        shared.users++;
        return Optional.of(new StillCamera(device, cameraNumber, model, isUsb(id), shared::release));
    }

    static boolean isUsb(String cameraId) {
        return USB_ID.matcher(cameraId.toLowerCase(Locale.ROOT)).matches();
    }

    /** JNA's load errors list every path it tried; the first two lines say what failed. */
    private static String firstLines(String message) {
        if (message == null) {
            return "no details";
        }
        return String.join(" ", message.lines().limit(2).map(String::strip).toList());
    }

    /** A camera manager and how many open cameras use it; the last one to close stops it. */
    private static final class SharedSession {
        final String libraryName;
        final LibcameraSession session;
        int users;

        SharedSession(String libraryName, LibcameraSession session) {
            this.libraryName = libraryName;
            this.session = session;
        }

        void release() {
            synchronized (SESSIONS) {
                users--;
                if (users == 0) {
                    SESSIONS.remove(libraryName, this);
                    session.close();
                }
            }
        }
    }
}
