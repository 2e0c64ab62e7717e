package org.camsrv.camera.media;

import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of {@link RecordingKillTest}: records the test pattern through ffmpeg at the live rate
 * until it is killed, and says READY once ffmpeg has had over a second of frames.
 */
public final class RecordingUntilKilled {

    public static final String READY = "READY";

    private RecordingUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        H264Encoder encoder = H264EncoderProbe.find("ffmpeg", why -> System.err.println("no encoder: " + why)).orElseThrow();
        List<byte[]> frames = VideoTools.patternFrames(60);
        FfmpegMp4Writer writer = new FfmpegMp4Writer(encoder, Path.of(args[0]), VideoTools.FPS, 30);
        for (long n = 0; ; n++) {
            writer.write(frames.get((int) (n % frames.size())));
            if (n == 45) {
                System.out.println(READY);
                System.out.flush();
            }
            Thread.sleep(33);
        }
    }
}
