package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EncodersTest {

    @Test
    void jpegPhotosNameTheWriterAndTheQualityInUse() {
        assertEquals("JPEG by the JDK's ImageIO JPEG writer, quality 85 %", Encoders.forPhotoType("jpg").photos());
    }

    @Test
    void pngPhotosNameTheirFormat() {
        assertEquals("PNG by the JDK's ImageIO writer", Encoders.forPhotoType("png").photos());
    }

    @Test
    void videosSayTheyAreMotionJpegInAvi() {
        assertTrue(Encoders.forPhotoType("jpg").videos().startsWith("Motion-JPEG in AVI"));
    }
}
