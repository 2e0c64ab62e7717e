package org.camsrv.settings;

import java.util.List;

/**
 * The general parameters of the Parameters tab besides API access: file types for photos,
 * raw photos and videos, whether the live stream needs a login, and the motion threshold. raspiCamSrv's choices,
 * narrowed to the formats CamSrv writes.
 */
public record GeneralParameters(String photoType, String rawPhotoType, String videoType, boolean streamingNeedsLogin,
        int motionThreshold) {

    /** Motion detection: the mean grey-level difference (of 255) between two live frames that counts as motion. */
    public static final int DEFAULT_MOTION_THRESHOLD = 12;
    public static final int MAX_MOTION_THRESHOLD = 255;

    public static final List<String> PHOTO_TYPES = List.of("jpg", "png");
    public static final List<String> RAW_PHOTO_TYPES = List.of("dng");
    /**
     * H.264 in MP4 through ffmpeg, which browsers play; Motion-JPEG in AVI, written by CamSrv itself, needs no
     * ffmpeg (and is what an MP4 choice falls back to where there is none).
     */
    public static final List<String> VIDEO_TYPES = List.of("mp4", "avi");

    public GeneralParameters {
        requireOneOf("Photo type", photoType, PHOTO_TYPES);
        requireOneOf("Raw photo type", rawPhotoType, RAW_PHOTO_TYPES);
        requireOneOf("Video type", videoType, VIDEO_TYPES);
        if (motionThreshold < 1 || motionThreshold > MAX_MOTION_THRESHOLD) {
            throw new IllegalArgumentException("Motion threshold must be a whole number from 1 to " + MAX_MOTION_THRESHOLD);
        }
    }

    public GeneralParameters(String photoType, String rawPhotoType, String videoType, boolean streamingNeedsLogin) {
        this(photoType, rawPhotoType, videoType, streamingNeedsLogin, DEFAULT_MOTION_THRESHOLD);
    }

    public static GeneralParameters defaults() {
        return new GeneralParameters("jpg", "dng", "mp4", true, DEFAULT_MOTION_THRESHOLD);
    }

    private static void requireOneOf(String name, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(name + " must be one of " + String.join(", ", allowed));
        }
    }
}
