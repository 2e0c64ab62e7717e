package org.camsrv.camera;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The photos and videos the server took, as clients and the Photos page see them. Only names the
 * server makes are ever served ({@code 20261128_083005.jpg}, {@code …_cam1_2.mp4}): no separators,
 * no "..", no symbolic link, nothing else of the data directory.
 */
public final class MediaLibrary {

    /** raspiCamSrv's timestamp, the camera for a second camera, a counter, and a type the server writes. */
    private static final Pattern NAME = Pattern.compile(
            "(\\d{8}_\\d{6})(?:_cam(\\d))?(?:_\\d{1,4})?\\.(jpg|png|dng|avi|mp4)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    /** More files than a Pi's card is likely to hold; bounds the work of one listing. */
    static final int MAX_LISTED = 100_000;

    /** What a file is, in the API's words. */
    public enum Kind {
        PHOTO, RAW, VIDEO;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One file as listed: its name, kind, camera, size and when it was taken. */
    public record Item(String name, Kind kind, int camera, long size, Instant time) {
    }

    /** One page of the list, newest first, and how many there are in all. */
    public record Page(List<Item> items, int total) {
    }

    private final Path folder;

    public MediaLibrary(Path folder) {
        this.folder = folder;
    }

    /** True when the server could have made a file of this name (checked before any file is touched). */
    public static boolean isMediaName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static Kind kindOf(String name) {
        String type = name.substring(name.lastIndexOf('.') + 1);
        return switch (type) {
            case "dng" -> Kind.RAW;
            case "avi", "mp4" -> Kind.VIDEO;
            default -> Kind.PHOTO;
        };
    }

    public static String contentType(String name) {
        return switch (name.substring(name.lastIndexOf('.') + 1)) {
            case "jpg" -> "image/jpeg";
            case "png" -> "image/png";
            case "dng" -> "image/x-adobe-dng";
            case "avi" -> "video/x-msvideo";
            case "mp4" -> "video/mp4";
            default -> "application/octet-stream";
        };
    }

    /** Newest first; {@code offset} and {@code limit} page through the list. */
    public Page list(int offset, int limit) throws IOException {
        List<String> names = names();
        names.sort(Comparator.reverseOrder());
        List<Item> items = new ArrayList<>();
        for (int i = Math.max(0, offset); i < names.size() && items.size() < limit; i++) {
            find(names.get(i)).flatMap(this::describe).ifPresent(items::add);
        }
        return new Page(items, names.size());
    }

    /** The file of this name when the server made it and it is a regular file in the media folder itself. */
    public Optional<Path> find(String name) {
        if (!isMediaName(name)) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        if (!file.getParent().equals(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Deletes a file the server made, and its thumbnail; answers false when there is no such file. */
    public boolean delete(String name) throws IOException {
        Optional<Path> file = find(name);
        if (file.isEmpty()) {
            return false;
        }
        Files.deleteIfExists(Thumbnails.fileFor(folder, name));
        return Files.deleteIfExists(file.get());
    }

    public Path folder() {
        return folder;
    }

    private List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (isMediaName(name) && names.size() < MAX_LISTED) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private Optional<Item> describe(Path file) {
        String name = file.getFileName().toString();
        Matcher parts = NAME.matcher(name);
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Instant time = LocalDateTime.parse(parts.group(1), STAMP).atZone(ZoneId.systemDefault()).toInstant();
            int camera = parts.group(2) == null ? 0 : Integer.parseInt(parts.group(2));
            return Optional.of(new Item(name, kindOf(name), camera, attributes.size(), time));
        } catch (NoSuchFileException gone) {
            return Optional.empty(); // deleted while listing
        } catch (IOException | java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
