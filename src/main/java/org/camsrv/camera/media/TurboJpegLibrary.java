package org.camsrv.camera.media;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;

/** The part of libjpeg-turbo's TurboJPEG C API (2.x, libturbojpeg.so.0) that compresses. */
interface TurboJpegLibrary extends Library {

    int TJPF_BGR = 1;
    int TJPF_BGRX = 3;
    int TJPF_XRGB = 5;
    int TJPF_GRAY = 6;

    int TJSAMP_420 = 2;
    int TJSAMP_GRAY = 3;

    Pointer tjInitCompress();

    /** From packed pixels in a Java byte array: JNA hands the array to C without a copy on the Java heap. */
    int tjCompress2(Pointer handle, byte[] source, int width, int pitch, int height, int pixelFormat,
            PointerByReference jpeg, NativeLongByReference jpegSize, int subsampling, int quality, int flags);

    /** The same from int-packed pixels; {@code pitch} is in bytes. */
    int tjCompress2(Pointer handle, int[] source, int width, int pitch, int height, int pixelFormat,
            PointerByReference jpeg, NativeLongByReference jpegSize, int subsampling, int quality, int flags);

    /** jpegSize is a C unsigned long: 8 bytes on 64-bit Linux, 4 on 32-bit Raspberry Pi OS, hence NativeLong. */
    void tjFree(Pointer buffer);

    int tjDestroy(Pointer handle);

    String tjGetErrorStr2(Pointer handle);
}
