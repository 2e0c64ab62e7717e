package org.camsrv.camera;

import java.util.Locale;

/**
 * What encodes each kind of file, in an owner's words for the Info page. It sits beside
 * {@link CameraUnit}, which picks the writers, so that whoever swaps a writer changes the words too.
 */
public record Encoders(String photos, String rawPhotos, String videos, String liveView) {

    static Encoders of(String photoType, String videoType, MediaEncoding encoding) {
        String jpeg = encoding.jpeg().describe();
        String photos = "jpg".equals(photoType)
                ? "JPEG by " + jpeg + ", quality " + Math.round(CameraUnit.JPEG_QUALITY * 100) + " %"
                : photoType.toUpperCase(Locale.ROOT) + " by the JDK's ImageIO writer";
        String avi = "Motion-JPEG in AVI by CamSrv's own writer, frames by " + jpeg;
        String videos;
        if (!"mp4".equals(videoType)) {
            videos = avi;
        } else if (encoding.h264().isPresent()) {
            videos = "H.264 in MP4 by ffmpeg with " + encoding.h264().get().describe();
        } else {
            videos = avi + " (MP4 was chosen, but " + encoding.whyNoH264() + ")";
        }
        String mjpeg = "Motion-JPEG over HTTP, frames by " + jpeg;
        String live = encoding.h264().isPresent()
                ? "H.264 (fragmented MP4 over a WebSocket) by ffmpeg with " + encoding.h264().get().describeLive()
                        + ", one encoder for all viewers; " + mjpeg + " for browsers without Media Source"
                : mjpeg + " (no H.264: " + encoding.whyNoH264() + ")";
        return new Encoders(photos,
                "DNG (12-bit RGGB) by CamSrv's own writer, with a photo of the same moment",
                videos,
                live);
    }
}
