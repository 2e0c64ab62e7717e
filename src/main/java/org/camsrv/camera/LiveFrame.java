package org.camsrv.camera;

import java.awt.image.BufferedImage;

/** One frame of the live stream: its number, the picture, and the same picture as JPEG (encoded once for all viewers). */
public record LiveFrame(long number, BufferedImage image, byte[] jpeg) {
}
