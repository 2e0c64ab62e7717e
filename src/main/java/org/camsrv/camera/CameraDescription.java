package org.camsrv.camera;

/** A camera as raspiCamSrv's /api/info lists it. {@code simulated} tells CamSrv's own camera apart. */
public record CameraDescription(int num, String model, boolean usb, boolean simulated) {
}
