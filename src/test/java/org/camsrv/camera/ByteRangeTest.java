package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ByteRangeTest {

    @Test
    void noHeaderOrSeveralRangesMeanTheWholeFile() {
        assertEquals(Optional.empty(), ByteRange.parse(null, 100));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=0-1,5-6", 100));
        assertEquals(Optional.empty(), ByteRange.parse("items=0-1", 100));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=-", 100));
    }

    @Test
    void aClosedRangeIsCutToTheFile() {
        assertEquals(new ByteRange(10, 19, 100), ByteRange.parse("bytes=10-19", 100).orElseThrow());
        assertEquals(new ByteRange(90, 99, 100), ByteRange.parse("bytes=90-500", 100).orElseThrow());
        assertEquals("bytes 10-19/100", ByteRange.parse("bytes=10-19", 100).orElseThrow().contentRange());
    }

    @Test
    void openAndSuffixRanges() {
        assertEquals(new ByteRange(0, 99, 100), ByteRange.parse("bytes=0-", 100).orElseThrow());
        assertTrue(ByteRange.parse("bytes=0-", 100).orElseThrow().isWholeFile());
        assertEquals(new ByteRange(70, 99, 100), ByteRange.parse("bytes=-30", 100).orElseThrow());
        assertEquals(new ByteRange(0, 99, 100), ByteRange.parse("bytes=-500", 100).orElseThrow());
    }

    @Test
    void rangesOutsideTheFileAreUnsatisfiable() {
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=100-", 100));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=20-10", 100));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=-0", 100));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=99999999999999999999-", 100));
        assertEquals("bytes */100", assertThrows(ByteRange.Unsatisfiable.class,
                () -> ByteRange.parse("bytes=100-", 100)).contentRange());
    }

    @Test
    void copiesExactlyTheRange(@TempDir Path folder) throws Exception {
        byte[] content = new byte[200_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        Path file = Files.write(folder.resolve("f"), content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ByteRange(70_000, 150_000, content.length).copy(file, out);
        assertArrayEquals(Arrays.copyOfRange(content, 70_000, 150_001), out.toByteArray());
    }
}
