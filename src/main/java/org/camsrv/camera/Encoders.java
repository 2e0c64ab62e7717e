package org.camsrv.camera;

import java.util.Locale;

/**
 * What encodes each kind of file, in an owner's words for the Info page. It sits beside
 * {@link CameraUnit}, which picks the writers, so that whoever swaps a writer changes the words too.
 */
public record Encoders(String photos, String rawPhotos, String videos, String liveView) {

    private static final String JDK_JPEG = "the JDK's ImageIO JPEG writer";

    static Encoders forPhotoType(String photoType) {
        String photos = "jpg".equals(photoType)
                ? "JPEG by " + JDK_JPEG + ", quality " + Math.round(CameraUnit.JPEG_QUALITY * 100) + " %"
                : photoType.toUpperCase(Locale.ROOT) + " by the JDK's ImageIO writer";
        return new Encoders(photos,
                "DNG (12-bit RGGB) by CamSrv's own writer, with a photo of the same moment",
                "Motion-JPEG in AVI by CamSrv's own writer, frames by " + JDK_JPEG,
                "Motion-JPEG over HTTP, frames by " + JDK_JPEG);
    }
}
