package org.camsrv.camera.media;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Finds the H.264 encoder to record with, once at start: the Pi's hardware encoder where it really
 * encodes, else libx264. ffmpeg lists h264_v4l2m2m on every build, also where no such device exists,
 * so each candidate must encode a few frames before it counts.
 */
public final class H264EncoderProbe {

    private static final long TRIAL_SECONDS = 20;

    private H264EncoderProbe() {
    }

    /**
     * The encoder to use with the ffmpeg named {@code ffmpeg} (a path, or a name looked up on PATH);
     * empty when there is none, and then {@code reason} has been told why.
     */
    public static Optional<H264Encoder> find(String ffmpeg, Consumer<String> reason) {
        Optional<Path> program = locate(ffmpeg, System.getenv("PATH"));
        if (program.isEmpty()) {
            reason.accept("no ffmpeg found (looked for \"" + ffmpeg + "\")");
            return Optional.empty();
        }
        List<String> failures = new ArrayList<>();
        for (Function<Path, H264Encoder> candidate : List.<Function<Path, H264Encoder>>of(
                H264Encoder::hardware, H264Encoder::software)) {
            H264Encoder encoder = candidate.apply(program.get());
            Optional<String> failure = trial(encoder);
            if (failure.isEmpty()) {
                return Optional.of(encoder);
            }
            failures.add(encoder.codec() + ": " + failure.get());
        }
        reason.accept(program.get() + " encodes no H.264 here (" + String.join("; ", failures) + ")");
        return Optional.empty();
    }

    static Optional<Path> locate(String ffmpeg, String searchPath) {
        if (ffmpeg == null || ffmpeg.isBlank()) {
            return Optional.empty();
        }
        if (ffmpeg.contains(File.separator)) {
            Path path = Path.of(ffmpeg);
            return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        for (String folder : (searchPath == null ? "" : searchPath).split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path path = Path.of(folder, ffmpeg);
                if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    /** Encodes ten generated frames with {@code encoder}; empty when that worked, else ffmpeg's complaint. */
    static Optional<String> trial(H264Encoder encoder) {
        List<String> command = new ArrayList<>(List.of(encoder.ffmpeg().toString(), "-hide_banner", "-nostdin",
                "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=640x480:rate=30", "-frames:v", "10",
                "-pix_fmt", "yuv420p", "-c:v", encoder.codec()));
        command.addAll(encoder.options());
        command.addAll(List.of("-f", "null", "-"));
        Path log = null;
        try {
            // A file, not a pipe, takes what ffmpeg says: reading a pipe would wait on an encoder that hangs.
            log = Files.createTempFile("camsrv-h264-trial-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(TRIAL_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return Optional.of("no answer within " + TRIAL_SECONDS + " s");
            }
            String said = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            return process.exitValue() == 0 ? Optional.empty()
                    : Optional.of("exit " + process.exitValue() + (said.isEmpty() ? "" : ", " + shorten(said)));
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException e) {
                    // a leftover log in the temporary folder is harmless
                }
            }
        }
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
