package org.camsrv.camera;

/**
 * What one camera may take of the disk: the longest recording (a video without a duration, or with a
 * longer one, stops there) and the free space kept for everything else on the card.
 *
 * @param maxVideoSeconds the longest recording, in seconds (&gt; 0)
 * @param reserveBytes the free space photos and videos leave on the media folder's file system, so that
 *        the database, the settings and the logs stay writable
 */
public record MediaLimits(double maxVideoSeconds, long reserveBytes) {

    /** The shipped defaults (microprofile-config.properties): an hour, 100 MB. */
    public static final MediaLimits DEFAULTS = new MediaLimits(3600, 100L * 1024 * 1024);

    public MediaLimits {
        if (!(maxVideoSeconds > 0)) {
            throw new IllegalArgumentException("The maximum recording length must be more than 0 seconds");
        }
        if (reserveBytes < 0) {
            throw new IllegalArgumentException("The disk reserve must not be negative");
        }
    }

    /** How long a recording asked for {@code seconds} (0: until stopped) runs at most. */
    public double recordingSeconds(double seconds) {
        return seconds > 0 && seconds < maxVideoSeconds ? seconds : maxVideoSeconds;
    }
}
