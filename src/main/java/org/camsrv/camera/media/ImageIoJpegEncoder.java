package org.camsrv.camera.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes a frame as JPEG with the JDK's writer at an explicit quality: the fallback where libjpeg-turbo
 * is missing. It writes through a memory cache because ImageIO's default stream may spill to a temporary
 * file, which is slow on an SD card.
 */
public final class ImageIoJpegEncoder implements JpegEncoder {

    @Override
    public String describe() {
        return "the JDK's ImageIO JPEG writer";
    }

    @Override
    public byte[] encode(BufferedImage image, float quality) {
        JpegEncoder.check(image, quality);
        ImageWriter writer = jpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4 + 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(asBgrBytes(withoutAlpha(image)), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter jpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("This JDK has no JPEG writer");
        }
        return writers.next();
    }

    /**
     * The JPEG writer copies an int-packed picture into its byte raster pixel by pixel, which took
     * three quarters of a photo's time; a byte-interleaved picture it copies row by row.
     */
    static BufferedImage asBgrBytes(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB
                || !(image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints)
                || image.getRaster().getParent() != null) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] source = ints.getData();
        BufferedImage bgr = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((java.awt.image.DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        int scanline = ((java.awt.image.SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride();
        for (int y = 0, t = 0; y < height; y++) {
            int row = y * scanline;
            for (int x = 0; x < width; x++, t += 3) {
                int rgb = source[row + x];
                target[t] = (byte) rgb;
                target[t + 1] = (byte) (rgb >> 8);
                target[t + 2] = (byte) (rgb >> 16);
            }
        }
        return bgr;
    }

    /** The JDK's JPEG writer refuses (or miscolours) images with alpha; those are drawn onto RGB first. */
    private static BufferedImage withoutAlpha(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
