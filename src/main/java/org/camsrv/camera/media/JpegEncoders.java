package org.camsrv.camera.media;

import java.util.Optional;
import java.util.logging.Logger;

/** Picks the JPEG encoder once: libjpeg-turbo where libturbojpeg0 is installed, else the JDK's writer. */
public final class JpegEncoders {

    private static final Logger LOG = Logger.getLogger(JpegEncoders.class.getName());

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
