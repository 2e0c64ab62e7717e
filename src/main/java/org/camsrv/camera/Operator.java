package org.camsrv.camera;

/**
 * Who asks the camera for something, as far as the camera's rules care: a SuperUser may do every camera
 * action; a plain user may take photos and videos and stop a plain user's recording, but not stop a
 * SuperUser's recording, switch cameras or start and stop triggered (motion) capture.
 *
 * @param name the user's name, for the log
 */
public record Operator(String name, boolean superUser) {

    /** The server itself and what the owner set up for it (MQTT commands act with the owner's rights). */
    public static final Operator OWNER_SETUP = new Operator("the server's owner", true);

    /** Refuses {@code action} ("switch cameras") unless this is a SuperUser. */
    public void requireSuperUser(String action) throws CameraRefusedException {
        if (!superUser) {
            throw new CameraRefusedException("Only a SuperUser may " + action);
        }
    }
}
