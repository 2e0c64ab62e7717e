package org.camsrv.mqtt;

import java.util.Locale;
import java.util.Optional;
import org.camsrv.camera.CameraException;
import org.camsrv.camera.CameraUnit;

/**
 * The commands that arrive on {@code camsrv/<node>/<camera>/<command>/set}, with the payloads Home
 * Assistant sends (a button's PRESS, a switch's ON and OFF). A payload a command does not take is
 * refused before anything runs.
 */
final class Commands {

    private Commands() {
    }

    /** What a command does to a camera; it may throw when the camera refuses (already recording, say). */
    interface Action {
        void runOn(CameraUnit camera) throws CameraException;
    }

    /** The action for this command and payload, or empty with nothing done when either is not one CamSrv takes. */
    static Optional<Action> parse(String command, String payload) {
        String word = payload == null ? "" : payload.strip().toUpperCase(Locale.ROOT);
        switch (command) {
            case Discovery.TAKE_PHOTO:
                return word.equals("PRESS") ? Optional.of(CameraUnit::takePhoto) : Optional.empty();
            case Discovery.RECORD:
                if (word.equals("ON")) {
                    return Optional.of(camera -> camera.startVideo(0));
                }
                return word.equals("OFF") ? Optional.of(CameraUnit::stopVideo) : Optional.empty();
            case Discovery.MOTION_CAPTURE:
                if (word.equals("ON")) {
                    return Optional.of(CameraUnit::startMotionCapture);
                }
                return word.equals("OFF") ? Optional.of(CameraUnit::stopMotionCapture) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** For the log line about a refused command: what the command takes. */
    static String expected(String command) {
        return switch (command) {
            case Discovery.TAKE_PHOTO -> "PRESS";
            case Discovery.RECORD, Discovery.MOTION_CAPTURE -> "ON or OFF";
            default -> "nothing (CamSrv has no such command; it has take_photo, record, motion_capture)";
        };
    }
}
