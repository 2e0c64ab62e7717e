package org.camsrv.camera.media;

import java.awt.image.BufferedImage;

/** Turns a frame into JPEG bytes: libjpeg-turbo where it is installed, else the JDK's writer. Thread-safe. */
public interface JpegEncoder {

    /** The JPEG bytes of {@code image}; {@code quality} runs from 0 (smallest) to 1 (best). */
    byte[] encode(BufferedImage image, float quality);

    /** What encodes, in an owner's words, for the Info page and the log. */
    String describe();

    /** The arguments both encoders refuse alike. */
    static void check(BufferedImage image, float quality) {
        if (image == null) {
            throw new IllegalArgumentException("An image is required");
        }
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("JPEG quality must be between 0 and 1, got " + quality);
        }
    }
}
