package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camsrv.camera.simulated.TestPattern;
import org.junit.jupiter.api.Assumptions;

/** ffmpeg and ffprobe for the video tests: finding them (or skipping with one line), frames to feed, and reading files back. */
public final class VideoTools {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;
    public static final double FPS = 30;

    private VideoTools() {
    }

    /** The H.264 encoder the probe picks here; skips the test with a message where there is none. */
    public static H264Encoder encoderOrSkip() {
        requireProgram("ffprobe");
        StringBuilder why = new StringBuilder();
        var found = H264EncoderProbe.find("ffmpeg", why::append);
        Assumptions.assumeTrue(found.isPresent(), "Video test skipped: no H.264 encoder through ffmpeg (" + why
                + "); apt-get install ffmpeg");
        return found.get();
    }

    public static void requireProgram(String name) {
        Assumptions.assumeTrue(H264EncoderProbe.locate(name, System.getenv("PATH")).isPresent(),
                "Video test skipped: " + name + " is not on PATH (apt-get install ffmpeg)");
    }

    /** {@code count} JPEG frames of the moving test pattern, {@code 1/FPS} apart. */
    public static List<byte[]> patternFrames(int count) {
        List<byte[]> frames = new ArrayList<>();
        ImageIoJpegEncoder jpeg = new ImageIoJpegEncoder();
        for (int i = 0; i < count; i++) {
            Instant time = Instant.ofEpochSecond(1_700_000_000).plusMillis(Math.round(i * 1000 / FPS));
            frames.add(jpeg.encode(TestPattern.render(WIDTH, HEIGHT, time, 0), 0.85f));
        }
        return frames;
    }

    /** ffprobe's streams and format of {@code file}, as JSON. */
    public static JsonObject probe(Path file) throws IOException, InterruptedException {
        String json = run("ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", file.toString());
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** How many video frames ffprobe decodes from {@code file}: 0 when it reads none. */
    public static int decodedFrames(Path file) throws IOException, InterruptedException {
        String out = run("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", file.toString()).strip();
        return out.isEmpty() || !out.chars().allMatch(Character::isDigit) ? 0 : Integer.parseInt(out);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("camsrv-probe-", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Processes whose command line names {@code file}: an encoder still writing it. */
    public static List<Long> processesWriting(Path file) {
        String name = file.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> List.of(args).contains(name)).orElse(false))
                .map(ProcessHandle::pid)
                .toList();
    }
}
