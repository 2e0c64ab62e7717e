package org.camsrv.camera.media;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * JPEG by libjpeg-turbo through its TurboJPEG API. It compresses straight from the picture's own pixel
 * array (the simulated camera's BGR bytes, a libcamera frame's packed ints), so a frame costs the Java heap
 * only the finished JPEG. Pictures in other layouts go to the JDK's writer.
 */
public final class TurboJpegEncoder implements JpegEncoder {

    static final String LIBRARY = "turbojpeg";
    /** Debian and Raspberry Pi OS ship only the versioned name without the -dev package. */
    static final String SONAME = "libturbojpeg.so.0";

    private final TurboJpegLibrary library;
    private final JpegEncoder others = new ImageIoJpegEncoder();
    /** A TurboJPEG handle serves one thread at a time; idle ones wait here for the next photo or frame. */
    private final Deque<Pointer> idle = new ConcurrentLinkedDeque<>();

    private TurboJpegEncoder(TurboJpegLibrary library) {
        this.library = library;
    }

    /** The encoder, or empty when libturbojpeg cannot be loaded; {@code reason} then says why. */
    public static Optional<TurboJpegEncoder> load(java.util.function.Consumer<String> reason) {
        TurboJpegLibrary library;
        try {
            library = Native.load(LIBRARY, TurboJpegLibrary.class);
        } catch (UnsatisfiedLinkError first) {
            try {
                library = Native.load(SONAME, TurboJpegLibrary.class);
            } catch (UnsatisfiedLinkError | IllegalArgumentException second) {
                reason.accept("libturbojpeg is not installed (" + SONAME + ": " + second.getMessage() + ")");
                return Optional.empty();
            }
        }
        TurboJpegEncoder encoder = new TurboJpegEncoder(library);
        Pointer handle = library.tjInitCompress();
        if (handle == null) {
            reason.accept("libturbojpeg loaded but tjInitCompress failed");
            return Optional.empty();
        }
        encoder.idle.push(handle);
        return Optional.of(encoder);
    }

    @Override
    public String describe() {
        return "libjpeg-turbo";
    }

    @Override
    public byte[] encode(BufferedImage image, float quality) {
        JpegEncoder.check(image, quality);
        Layout layout = Layout.of(image);
        if (layout == null) {
            return others.encode(image, quality);
        }
        int tjQuality = Math.max(1, Math.min(100, Math.round(quality * 100)));
        Pointer handle = idle.poll();
        if (handle == null) {
            handle = library.tjInitCompress();
            if (handle == null) {
                throw new IllegalStateException("tjInitCompress failed");
            }
        }
        PointerByReference jpeg = new PointerByReference();
        NativeLongByReference size = new NativeLongByReference();
        try {
            int result = layout.bytes != null
                    ? library.tjCompress2(handle, layout.bytes, image.getWidth(), layout.pitch, image.getHeight(),
                            layout.pixelFormat, jpeg, size, layout.subsampling, tjQuality, 0)
                    : library.tjCompress2(handle, layout.ints, image.getWidth(), layout.pitch, image.getHeight(),
                            layout.pixelFormat, jpeg, size, layout.subsampling, tjQuality, 0);
            if (result != 0) {
                throw new IllegalStateException("libjpeg-turbo could not encode: " + errorText(handle));
            }
            return jpeg.getValue().getByteArray(0, (int) size.getValue().longValue());
        } finally {
            if (jpeg.getValue() != null) {
                library.tjFree(jpeg.getValue());
            }
            idle.push(handle);
        }
    }

    /** Where a picture's pixels are and how TurboJPEG reads them; null for layouts it is not given. */
    private record Layout(byte[] bytes, int[] ints, int pitch, int pixelFormat, int subsampling) {

        static Layout of(BufferedImage image) {
            WritableRaster raster = image.getRaster();
            if (raster.getParent() != null || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
                return null;
            }
            switch (image.getType()) {
                case BufferedImage.TYPE_3BYTE_BGR -> {
                    ComponentSampleModel model = (ComponentSampleModel) raster.getSampleModel();
                    byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
                    if (model.getPixelStride() != 3 || !Arrays.equals(model.getBandOffsets(), new int[] {2, 1, 0})
                            || raster.getDataBuffer().getOffset() != 0) {
                        return null;
                    }
                    return new Layout(data, null, model.getScanlineStride(), TurboJpegLibrary.TJPF_BGR, TurboJpegLibrary.TJSAMP_420);
                }
                case BufferedImage.TYPE_INT_RGB -> {
                    SinglePixelPackedSampleModel model = (SinglePixelPackedSampleModel) raster.getSampleModel();
                    int[] data = ((DataBufferInt) raster.getDataBuffer()).getData();
                    if (raster.getDataBuffer().getOffset() != 0) {
                        return null;
                    }
                    // 0x00RRGGBB in memory is B, G, R, X on a little-endian machine (x86, every Pi) and X, R, G, B otherwise.
                    int format = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? TurboJpegLibrary.TJPF_BGRX : TurboJpegLibrary.TJPF_XRGB;
                    return new Layout(null, data, model.getScanlineStride() * 4, format, TurboJpegLibrary.TJSAMP_420);
                }
                case BufferedImage.TYPE_BYTE_GRAY -> {
                    ComponentSampleModel model = (ComponentSampleModel) raster.getSampleModel();
                    if (raster.getDataBuffer().getOffset() != 0) {
                        return null;
                    }
                    return new Layout(((DataBufferByte) raster.getDataBuffer()).getData(), null, model.getScanlineStride(),
                            TurboJpegLibrary.TJPF_GRAY, TurboJpegLibrary.TJSAMP_GRAY);
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /** Handles not in use right now, for a test that all were given back. */
    int idleHandles() {
        return idle.size();
    }

    /** The library's words for the last error; libturbojpeg before 2.0 (Raspberry Pi OS Buster) lacks tjGetErrorStr2. */
    private String errorText(Pointer handle) {
        try {
            return library.tjGetErrorStr2(handle);
        } catch (UnsatisfiedLinkError older) {
            return "(no error text from this libturbojpeg)";
        }
    }
}
