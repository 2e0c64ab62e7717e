package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaLibraryTest {

    @TempDir
    Path data;

    private Path media;
    private MediaLibrary library;

    @BeforeEach
    void fill() throws Exception {
        media = Files.createDirectories(data.resolve("media"));
        library = new MediaLibrary(media);
    }

    private Path file(String name, int bytes) throws Exception {
        return Files.write(media.resolve(name), new byte[bytes]);
    }

    @Test
    void listsNewestFirstWithKindCameraAndSizeAPageAtATime() throws Exception {
        file("20261128_083000.jpg", 10);
        file("20261128_083001_cam1.dng", 20);
        file("20261128_083002.avi", 30);
        file("20261128_083002_1.png", 40);
        file("notes.txt", 5);
        file("20261128_083003.jpg.tmp", 5);

        MediaLibrary.Page first = library.list(0, 2);
        assertEquals(4, first.total(), "only names the server makes count");
        assertEquals(List.of("20261128_083002_1.png", "20261128_083002.avi"), first.items().stream().map(MediaLibrary.Item::name).toList());
        MediaLibrary.Page second = library.list(2, 2);
        MediaLibrary.Item raw = second.items().get(0);
        assertEquals("20261128_083001_cam1.dng", raw.name());
        assertEquals(MediaLibrary.Kind.RAW, raw.kind());
        assertEquals(1, raw.camera());
        assertEquals(20, raw.size());
        assertEquals(MediaLibrary.Kind.VIDEO, first.items().get(1).kind());
        assertEquals(0, first.items().get(1).camera());
        assertEquals(List.of(), library.list(10, 5).items());
    }

    @Test
    void onlyTheServersOwnNamesAreFound() throws Exception {
        file("20261128_083000.jpg", 10);
        Files.writeString(data.resolve("camsrv.secrets"), "{}");
        assertTrue(library.find("20261128_083000.jpg").isPresent());
        for (String hostile : new String[] {"../camsrv.secrets", "..", "/etc/passwd", "20261128_083000.jpg/..",
                "..%2Fcamsrv.secrets", "20261128_083000.JPG", "x/20261128_083000.jpg", "", null,
                "20261128_083000.jpg\u0000.txt", "20261128_083000.txt"}) {
            assertEquals(Optional.empty(), library.find(hostile), String.valueOf(hostile));
        }
    }

    @Test
    void aSymbolicLinkIsNoMediaFile() throws Exception {
        Path secret = Files.writeString(data.resolve("camsrv.secrets"), "{\"jwtSecrets\": {}}");
        Files.createSymbolicLink(media.resolve("20261128_090000.jpg"), secret);
        assertEquals(Optional.empty(), library.find("20261128_090000.jpg"));
        assertEquals(0, library.list(0, 10).items().size());
    }

    @Test
    void deleteRemovesTheFileAndItsThumbnailAndNothingElse() throws Exception {
        Path photo = media.resolve("20261128_083000.jpg");
        BufferedImage image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "jpg", photo.toFile());
        Path thumbnail = new Thumbnails(library).of("20261128_083000.jpg").orElseThrow();
        assertTrue(Files.exists(thumbnail));

        assertTrue(library.delete("20261128_083000.jpg"));
        assertFalse(Files.exists(photo));
        assertFalse(Files.exists(thumbnail));
        assertFalse(library.delete("../camsrv.secrets"));
    }

    @Test
    void thumbnailsAreSmallMadeOnceAndOnlyForPhotos() throws Exception {
        Path photo = media.resolve("20261128_083000.jpg");
        ImageIO.write(new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        file("20261128_083001.avi", 100);
        Thumbnails thumbnails = new Thumbnails(library);

        Path made = thumbnails.of("20261128_083000.jpg").orElseThrow();
        BufferedImage small = ImageIO.read(made.toFile());
        assertTrue(small.getWidth() <= Thumbnails.WIDTH && small.getWidth() >= Thumbnails.WIDTH / 2, "width " + small.getWidth());
        long madeAt = Files.getLastModifiedTime(made).toMillis();
        Thread.sleep(20);
        assertEquals(made, thumbnails.of("20261128_083000.jpg").orElseThrow());
        assertEquals(madeAt, Files.getLastModifiedTime(made).toMillis(), "kept, not made again");
        assertEquals(Optional.empty(), thumbnails.of("20261128_083001.avi"));
        assertEquals(Optional.empty(), thumbnails.of("../camsrv.secrets"));
        assertEquals(0, library.list(0, 10).items().stream().filter(i -> i.name().contains("thumbnail")).count());
    }

    @Test
    void aPhotoThatIsNoPictureGetsNoThumbnail() throws Exception {
        file("20261128_083000.jpg", 0);
        assertEquals(Optional.empty(), new Thumbnails(library).of("20261128_083000.jpg"));
    }
}
