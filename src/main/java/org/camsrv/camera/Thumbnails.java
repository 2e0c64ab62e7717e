package org.camsrv.camera;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.camsrv.data.AtomicFiles;

/**
 * Small JPEG pictures of the photos for the Photos page: made once, on first demand, and kept beside
 * the media in {@code .thumbnails/}. The photo is decoded with subsampling, so a 1080p photo costs
 * a picture of a few hundred pixels, not a full one, in a Pi's small heap.
 */
public final class Thumbnails {

    static final String FOLDER = ".thumbnails";
    /** Wide enough for a grid on a phone or a laptop. */
    static final int WIDTH = 320;

    private final MediaLibrary library;

    public Thumbnails(MediaLibrary library) {
        this.library = library;
    }

    static Path fileFor(Path mediaFolder, String name) {
        return mediaFolder.resolve(FOLDER).resolve(name + ".jpg");
    }

    /** The thumbnail of a photo (made now if missing), or empty for raw photos, videos and unknown names. */
    public Optional<Path> of(String name) throws IOException {
        Optional<Path> photo = library.find(name);
        if (photo.isEmpty() || MediaLibrary.kindOf(name) != MediaLibrary.Kind.PHOTO) {
            return Optional.empty();
        }
        Path thumbnail = fileFor(library.folder(), name);
        if (Files.isRegularFile(thumbnail, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(thumbnail);
        }
        byte[] jpeg = shrink(photo.get());
        if (jpeg == null) {
            return Optional.empty();
        }
        AtomicFiles.createFolders(thumbnail.getParent(), AtomicFiles.OWNER_ONLY_DIR);
        AtomicFiles.write(thumbnail, jpeg, PosixFilePermissions.fromString("rw-r-----"));
        return Optional.of(thumbnail);
    }

    /** The photo at about {@link #WIDTH} pixels wide, as JPEG; null when it cannot be decoded. */
    static byte[] shrink(Path photo) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(photo.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int step = Math.max(1, reader.getWidth(0) / WIDTH);
                ImageReadParam every = reader.getDefaultReadParam();
                every.setSourceSubsampling(step, step, 0, 0);
                BufferedImage small = reader.read(0, every);
                BufferedImage rgb = new BufferedImage(small.getWidth(), small.getHeight(), BufferedImage.TYPE_INT_RGB);
                rgb.getGraphics().drawImage(small, 0, 0, null);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(rgb, "jpg", out);
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
