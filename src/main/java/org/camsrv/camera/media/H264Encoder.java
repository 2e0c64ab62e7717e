package org.camsrv.camera.media;

import java.nio.file.Path;
import java.util.List;

/**
 * An H.264 encoder that ffmpeg opened on this machine at start: the program, the codec and the
 * codec's options.
 */
public record H264Encoder(Path ffmpeg, String codec, List<String> options, List<String> liveOptions) {

    /** The Raspberry Pi 4's hardware encoder (a Pi 5 has none). */
    public static final String HARDWARE = "h264_v4l2m2m";
    public static final String SOFTWARE = "libx264";

    public H264Encoder {
        options = List.copyOf(options);
        liveOptions = List.copyOf(liveOptions);
    }

    static H264Encoder hardware(Path ffmpeg) {
        // The V4L2 encoder takes a bit rate, not a quality; 4 Mbit/s is plenty for the 640x480 live size.
        // The live view gets a quarter of that: viewers on Wi-Fi or mobile data, and a picture that is watched, not kept.
        return new H264Encoder(ffmpeg, HARDWARE, List.of("-b:v", "4M"), List.of("-b:v", "1M"));
    }

    static H264Encoder software(Path ffmpeg) {
        // ultrafast: a third of veryfast's CPU and half its memory (docs/benchmarks.md), which a Pi needs more than small files.
        // The live view: zerolatency, so that no frame waits in the encoder for a look-ahead or for B-frames; superfast,
        // whose CABAC and better motion search halve ultrafast's bytes at 640x480 for a fifth more CPU (docs/benchmarks.md).
        return new H264Encoder(ffmpeg, SOFTWARE, List.of("-preset", "ultrafast", "-profile:v", "high"),
                List.of("-preset", "superfast", "-tune", "zerolatency", "-profile:v", "high"));
    }

    public boolean isHardware() {
        return HARDWARE.equals(codec);
    }

    /** The encoder as a person reads it, e.g. "libx264 -preset ultrafast". */
    public String describe() {
        return isHardware() ? codec + " (the Pi's hardware encoder)" : codec + " " + String.join(" ", options);
    }

    /** The live view's settings as a person reads them, e.g. "libx264 -preset ultrafast -tune zerolatency …". */
    public String describeLive() {
        return isHardware() ? codec + " (the Pi's hardware encoder) " + String.join(" ", liveOptions)
                : codec + " " + String.join(" ", liveOptions);
    }
}
