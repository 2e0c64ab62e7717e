/** The libcamera path: the JNA binding of the camsrv_* shim (src/main/native) and the LibcameraCamera adapter. */
package org.camsrv.camera.libcamera;
