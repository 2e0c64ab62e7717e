package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.camsrv.camera.media.H264Encoder;
import org.camsrv.camera.media.ImageIoJpegEncoder;
import org.junit.jupiter.api.Test;

class EncodersTest {

    private static final MediaEncoding NO_FFMPEG = new MediaEncoding(new ImageIoJpegEncoder(), Optional.empty(),
            "no ffmpeg found (looked for \"ffmpeg\")");
    private static final MediaEncoding LIBX264 = new MediaEncoding(new ImageIoJpegEncoder(),
            Optional.of(new H264Encoder(Path.of("/usr/bin/ffmpeg"), "libx264", java.util.List.of("-preset", "ultrafast"), java.util.List.of())), "");

    @Test
    void jpegPhotosNameTheWriterAndTheQualityInUse() {
        assertEquals("JPEG by the JDK's ImageIO JPEG writer, quality 85 %", Encoders.of("jpg", "mp4", NO_FFMPEG).photos());
    }

    @Test
    void pngPhotosNameTheirFormat() {
        assertEquals("PNG by the JDK's ImageIO writer", Encoders.of("png", "avi", NO_FFMPEG).photos());
    }

    @Test
    void mp4VideosNameFfmpegsEncoder() {
        assertEquals("H.264 in MP4 by ffmpeg with libx264 -preset ultrafast", Encoders.of("jpg", "mp4", LIBX264).videos());
    }

    @Test
    void mp4WithoutFfmpegSaysItFallsBackToMotionJpegAviAndWhy() {
        String videos = Encoders.of("jpg", "mp4", NO_FFMPEG).videos();
        assertTrue(videos.startsWith("Motion-JPEG in AVI"), videos);
        assertTrue(videos.endsWith("(MP4 was chosen, but no ffmpeg found (looked for \"ffmpeg\"))"), videos);
    }

    @Test
    void aviStaysMotionJpegInAviEvenWithFfmpeg() {
        assertTrue(Encoders.of("jpg", "avi", LIBX264).videos().startsWith("Motion-JPEG in AVI"));
    }
}
