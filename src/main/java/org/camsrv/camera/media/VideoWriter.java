package org.camsrv.camera.media;

import java.io.IOException;

/** Where a recording puts its JPEG frames: CamSrv's Motion-JPEG AVI, or H.264 in MP4 through ffmpeg. */
public interface VideoWriter extends AutoCloseable {

    /**
     * Takes one JPEG frame. Answers false when the writer can take no more (full, or its encoder gone),
     * and the recording should end.
     */
    boolean write(byte[] jpeg) throws IOException;

    /** Completes the file; calling it again does nothing. */
    @Override
    void close() throws IOException;

    /** A few words for the log about what was written, e.g. "90 frames, 2 dropped". */
    String summary();
}
