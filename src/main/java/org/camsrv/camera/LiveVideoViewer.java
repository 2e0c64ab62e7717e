package org.camsrv.camera;

/**
 * One viewer of a camera's H.264 live view. Every call comes on the encoder's reader thread and must not
 * wait: a viewer queues what it cannot send at once, and drops what it cannot keep.
 */
public interface LiveVideoViewer {

    /** The stream begins: the MIME type with the codec, and the init segment (ftyp and moov). */
    void begin(String mimeType, byte[] init);

    /** One media fragment (moof and mdat); the first after {@link #begin} starts with a key frame. */
    void fragment(byte[] bytes, boolean keyFrame);

    /** The encoder is gone (it failed, or the server stops): no more fragments come. */
    void end();
}
