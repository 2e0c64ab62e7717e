/** The JNA binding of the camsrv_* shim over libcamera (src/main/native); it knows nothing of CamSrv's camera model. */
package org.camsrv.camera.libcamera;
