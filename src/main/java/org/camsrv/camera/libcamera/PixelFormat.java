package org.camsrv.camera.libcamera;

import java.util.Optional;

/**
 * The packed 8-bit RGB formats CamSrv reads, by DRM fourcc as libcamera names them. DRM names
 * list channels from the high bits of a little-endian word, so RGB888 is B, G, R in memory.
 */
enum PixelFormat {
    RGB888('R', 'G', '2', '4', 3, 2, 1, 0),
    BGR888('B', 'G', '2', '4', 3, 0, 1, 2),
    XRGB8888('X', 'R', '2', '4', 4, 2, 1, 0),
    XBGR8888('X', 'B', '2', '4', 4, 0, 1, 2);

    final int fourcc;
    final int bytesPerPixel;
    final int redOffset;
    final int greenOffset;
    final int blueOffset;

    PixelFormat(char a, char b, char c, char d, int bytesPerPixel, int redOffset, int greenOffset, int blueOffset) {
        this.fourcc = fourcc(a, b, c, d);
        this.bytesPerPixel = bytesPerPixel;
        this.redOffset = redOffset;
        this.greenOffset = greenOffset;
        this.blueOffset = blueOffset;
    }

    static int fourcc(char a, char b, char c, char d) {
        return a | b << 8 | c << 16 | d << 24;
    }

    static Optional<PixelFormat> ofFourcc(int fourcc) {
        for (PixelFormat format : values()) {
            if (format.fourcc == fourcc) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The fourcc as its four characters, e.g. "YUYV", for messages. */
    static String name(int fourcc) {
        StringBuilder name = new StringBuilder(4);
        for (int shift = 0; shift < 32; shift += 8) {
            char c = (char) (fourcc >>> shift & 0xFF);
            name.append(c >= ' ' && c < 127 ? c : '?');
        }
        return name.toString();
    }
}
