package org.camsrv.camera.libcamera;

import java.util.Map;

/**
 * A camsrv_* call that answered a negative status. The shim passes libcamera's negative errno
 * values through, so the message names the errno (EBUSY: another process has the camera).
 */
public class LibcameraException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Linux errno values (the same on x86-64, arm and aarch64) that libcamera and the shim answer. */
    private static final Map<Integer, String> ERRNO = Map.ofEntries(
            Map.entry(1, "EPERM: operation not permitted"),
            Map.entry(2, "ENOENT: no such file or directory"),
            Map.entry(5, "EIO: input/output error"),
            Map.entry(11, "EAGAIN: try again"),
            Map.entry(12, "ENOMEM: out of memory"),
            Map.entry(13, "EACCES: not allowed in the camera's current state"),
            Map.entry(16, "EBUSY: device or resource busy"),
            Map.entry(19, "ENODEV: no such camera"),
            Map.entry(22, "EINVAL: invalid argument"),
            Map.entry(28, "ENOSPC: no space left (buffer too small)"),
            Map.entry(32, "EPIPE: broken pipe"),
            Map.entry(34, "ERANGE: out of range (buffer too small)"),
            Map.entry(38, "ENOSYS: not implemented"),
            Map.entry(95, "EOPNOTSUPP: not supported"),
            Map.entry(105, "ENOBUFS: no buffers"),
            Map.entry(110, "ETIMEDOUT: timed out"),
            Map.entry(125, "ECANCELED: request cancelled"));

    public LibcameraException(String function, int status) {
        super(function + " failed with status " + status + " (" + describe(status) + ")");
    }

    /** For failures found above the shim, such as a pixel format CamSrv cannot read. */
    public LibcameraException(String message) {
        super(message);
    }

    /** Throws unless status is 0 or positive. */
    static int check(String function, int status) {
        if (status < 0) {
            throw new LibcameraException(function, status);
        }
        return status;
    }

    static String describe(int status) {
        return ERRNO.getOrDefault(-status, "errno " + -status);
    }
}
