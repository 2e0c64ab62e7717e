package org.camsrv.camera.libcamera;

/** What a stream is for; libcamera tunes buffers and processing to it (a still stream may have one buffer). */
public enum StreamRole {
    STILL(LibcameraLibrary.CAMSRV_ROLE_STILL),
    VIDEO(LibcameraLibrary.CAMSRV_ROLE_VIDEO);

    final int code;

    StreamRole(int code) {
        this.code = code;
    }
}
