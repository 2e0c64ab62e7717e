package org.camsrv.camera.media;

import java.util.Optional;
import org.camsrv.log.SafeLog;

/** Picks the JPEG encoder once: libjpeg-turbo where libturbojpeg0 is installed, else the JDK's writer. */
public final class JpegEncoders {

    private static final SafeLog LOG = SafeLog.of(JpegEncoders.class);

    private JpegEncoders() {
    }

    public static JpegEncoder choose() {
        StringBuilder why = new StringBuilder();
        Optional<TurboJpegEncoder> turbo = TurboJpegEncoder.load(why::append);
        if (turbo.isPresent()) {
            LOG.info("JPEG: libjpeg-turbo");
            return turbo.get();
        }
        LOG.info(() -> "JPEG: the JDK's ImageIO writer, because " + why);
        return new ImageIoJpegEncoder();
    }
}
