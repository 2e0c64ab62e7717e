package org.camsrv.camera;

/** A camera action the asking user may not take (the API answers 403, the page says so). */
public class CameraRefusedException extends CameraException {

    private static final long serialVersionUID = 1L;

    public CameraRefusedException(String message) {
        super(message);
    }
}
