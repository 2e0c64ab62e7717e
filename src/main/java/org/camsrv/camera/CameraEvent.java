package org.camsrv.camera;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a camera did that other services may react to (MQTT publishes them): motion began or
 * ended, a photo was taken, a video began or was recorded, motion detection was switched. Fired
 * as a CDI event; {@code media} is the file's name where there is one, else empty.
 */
public record CameraEvent(Kind kind, int camera, String media, Instant time) {

    public enum Kind {
        MOTION_START("motion_start"),
        MOTION_END("motion_end"),
        PHOTO_TAKEN("photo_taken"),
        VIDEO_STARTED("video_started"),
        VIDEO_RECORDED("video_recorded"),
        MOTION_CAPTURE_STARTED("motion_capture_started"),
        MOTION_CAPTURE_STOPPED("motion_capture_stopped");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The name in the events' JSON. */
        public String word() {
            return word;
        }
    }

    public CameraEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(time, "time");
    }
}
