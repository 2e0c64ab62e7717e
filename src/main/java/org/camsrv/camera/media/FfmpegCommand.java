package org.camsrv.camera.media;

import java.util.ArrayList;
import java.util.List;

/** The ffmpeg command line that turns piped JPEG frames into fragmented H.264 MP4: for recordings and the live view. */
final class FfmpegCommand {

    private FfmpegCommand() {
    }

    /**
     * @param codecOptions the encoder's options (a recording's or the live view's)
     * @param keyFrameInterval frames from one key frame to the next
     * @param movflags how the MP4 is cut into fragments
     * @param target a file, or "pipe:1" for stdout
     */
    static List<String> fromJpegFrames(H264Encoder encoder, List<String> codecOptions, double fps, long keyFrameInterval,
            String movflags, String target) {
        String rate = Double.toString(fps);
        List<String> command = new ArrayList<>(List.of(encoder.ffmpeg().toString(), "-hide_banner", "-loglevel", "error",
                // The live frames are JPEG already: piping them costs the JVM nothing, raw frames would be 30x the bytes.
                // Without the two probe limits ffmpeg reads 5 MB of frames before it writes anything, which a crash would lose.
                "-f", "image2pipe", "-c:v", "mjpeg", "-framerate", rate, "-probesize", "32", "-analyzeduration", "0", "-i", "-",
                "-an", "-c:v", encoder.codec()));
        command.addAll(codecOptions);
        command.addAll(List.of("-pix_fmt", "yuv420p", "-g", Long.toString(keyFrameInterval),
                "-movflags", movflags, "-flush_packets", "1", "-f", "mp4", "-y", target));
        return command;
    }
}
