package org.camsrv.camera;

import java.util.Optional;
import org.camsrv.camera.media.H264Encoder;
import org.camsrv.camera.media.H264EncoderProbe;
import org.camsrv.camera.media.JpegEncoder;
import org.camsrv.camera.media.JpegEncoders;
import org.camsrv.log.SafeLog;

/**
 * The encoders this machine offers, shared by every camera: the JPEG encoder for photos and live frames,
 * chosen at start, and the H.264 encoder for MP4 videos, or none, when videos fall back to Motion-JPEG AVI.
 * The H.264 choice is made at its first use (a video, /api/info, the Info page), not at start: its trial
 * runs ffmpeg twice, which held up the first /health/ready by about a second at a Pi Zero's CPU budget.
 * Each choice is logged once with its reason.
 */
public final class MediaEncoding {

    private static final SafeLog LOG = SafeLog.of(MediaEncoding.class);

    /** What /api/info names when there is no H.264 encoder and videos are Motion-JPEG AVI. */
    public static final String AVI_FALLBACK = "mjpeg-avi";

    private record H264Choice(Optional<H264Encoder> encoder, String whyNone) {
    }

    private final JpegEncoder jpeg;
    /** The ffmpeg to probe at the first use; null once probed, or for a choice given whole. */
    private String ffmpeg;
    private H264Choice h264;

    /** A choice made already (tests). */
    public MediaEncoding(JpegEncoder jpeg, Optional<H264Encoder> h264, String whyNoH264) {
        this.jpeg = jpeg;
        this.h264 = new H264Choice(h264, whyNoH264);
    }

    private MediaEncoding(JpegEncoder jpeg, String ffmpeg) {
        this.jpeg = jpeg;
        this.ffmpeg = ffmpeg;
    }

    /** The JPEG encoder now; the H.264 one with the ffmpeg named {@code ffmpeg} (a path, or a name on PATH) later. */
    public static MediaEncoding choose(String ffmpeg) {
        return new MediaEncoding(JpegEncoders.choose(), ffmpeg);
    }

    public JpegEncoder jpeg() {
        return jpeg;
    }

    /** The H.264 encoder, probed at the first call (a second or so with ffmpeg on a Pi). */
    public Optional<H264Encoder> h264() {
        return h264Choice().encoder();
    }

    /** Why there is no H.264 encoder; empty when there is one. */
    public String whyNoH264() {
        return h264Choice().whyNone();
    }

    private synchronized H264Choice h264Choice() {
        if (h264 == null) {
            StringBuilder why = new StringBuilder();
            Optional<H264Encoder> found = H264EncoderProbe.find(ffmpeg, why::append);
            if (found.isPresent()) {
                LOG.info(() -> "Videos: H.264 in MP4 by " + found.get().ffmpeg() + " with " + found.get().describe());
            } else {
                LOG.warning(() -> "Videos: Motion-JPEG AVI instead of H.264 MP4, because " + why);
            }
            h264 = new H264Choice(found, why.toString());
            ffmpeg = null;
        }
        return h264;
    }

    /** The type a video of the chosen type is written as: MP4 needs an H.264 encoder, else it becomes AVI. */
    public String videoTypeFor(String chosen) {
        return "mp4".equals(chosen) && h264().isEmpty() ? "avi" : chosen;
    }

    /** The H.264 codec in use, or {@link #AVI_FALLBACK}. */
    public String videoEncoderName() {
        return h264().map(H264Encoder::codec).orElse(AVI_FALLBACK);
    }
}
