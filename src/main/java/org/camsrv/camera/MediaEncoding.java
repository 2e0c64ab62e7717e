package org.camsrv.camera;

import java.util.Optional;
import java.util.logging.Logger;
import org.camsrv.camera.media.H264Encoder;
import org.camsrv.camera.media.H264EncoderProbe;
import org.camsrv.camera.media.JpegEncoder;
import org.camsrv.camera.media.JpegEncoders;

/**
 * The encoders this machine offers, chosen once at start and shared by every camera: the JPEG encoder
 * for photos and live frames, and the H.264 encoder for MP4 videos, or none, when videos fall back to
 * Motion-JPEG AVI. Each choice is logged once with its reason.
 */
public record MediaEncoding(JpegEncoder jpeg, Optional<H264Encoder> h264, String whyNoH264) {

    private static final Logger LOG = Logger.getLogger(MediaEncoding.class.getName());

    /** What /api/info names when there is no H.264 encoder and videos are Motion-JPEG AVI. */
    public static final String AVI_FALLBACK = "mjpeg-avi";

    /** Probes with the ffmpeg named {@code ffmpeg} (a path, or a name found on PATH). */
    public static MediaEncoding choose(String ffmpeg) {
        StringBuilder why = new StringBuilder();
        Optional<H264Encoder> h264 = H264EncoderProbe.find(ffmpeg, why::append);
        if (h264.isPresent()) {
            LOG.info(() -> "Videos: H.264 in MP4 by " + h264.get().ffmpeg() + " with " + h264.get().describe());
        } else {
            LOG.warning(() -> "Videos: Motion-JPEG AVI instead of H.264 MP4, because " + why);
        }
        return new MediaEncoding(JpegEncoders.choose(), h264, why.toString());
    }

    /** The type a video of the chosen type is written as: MP4 needs an H.264 encoder, else it becomes AVI. */
    public String videoTypeFor(String chosen) {
        return "mp4".equals(chosen) && h264.isEmpty() ? "avi" : chosen;
    }

    /** The H.264 codec in use, or {@link #AVI_FALLBACK}. */
    public String videoEncoderName() {
        return h264.map(H264Encoder::codec).orElse(AVI_FALLBACK);
    }
}
