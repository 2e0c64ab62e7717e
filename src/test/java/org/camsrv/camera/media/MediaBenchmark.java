package org.camsrv.camera.media;

import com.sun.management.ThreadMXBean;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camsrv.camera.simulated.TestPattern;

/**
 * The figures of docs/benchmarks.md that need no server: JPEG time and heap per 1080p photo with
 * libjpeg-turbo and with the JDK's writer, and ffmpeg's CPU and memory per recorded second of video as
 * CamSrv starts it. Run by bench/camera.sh, or alone:
 * {@code ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.camsrv.camera.media.MediaBenchmark}
 */
public final class MediaBenchmark {

    private static final int PHOTOS = 40;
    private static final int VIDEO_SECONDS = 10;

    private MediaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<BufferedImage> photos = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            photos.add(TestPattern.render(1920, 1080, Instant.ofEpochSecond(1_700_000_000).plusMillis(i * 137L), 0));
        }
        JpegEncoder jdk = new ImageIoJpegEncoder();
        double[] jdkFigures = jpeg(jdk, photos);
        System.out.printf("JPEG 1920x1080, JDK ImageIO: %.1f ms, %.1f MB heap per photo%n", jdkFigures[0], jdkFigures[1]);
        StringBuilder why = new StringBuilder();
        JpegEncoder turbo = TurboJpegEncoder.load(why::append).orElse(null);
        if (turbo == null) {
            System.out.println("JPEG with libjpeg-turbo: not measured, " + why);
        } else {
            double[] turboFigures = jpeg(turbo, photos);
            System.out.printf("JPEG 1920x1080, libjpeg-turbo: %.1f ms, %.2f MB heap per photo%n", turboFigures[0], turboFigures[1]);
            System.out.printf("JPEG ratio JDK / turbo: %.1fx the time, %.0fx the heap%n",
                    jdkFigures[0] / turboFigures[0], jdkFigures[1] / turboFigures[1]);
        }

        var encoder = H264EncoderProbe.find("ffmpeg", reason -> System.out.println("ffmpeg: not measured, " + reason));
        if (encoder.isEmpty() || !Files.isExecutable(Path.of("/usr/bin/time"))) {
            return;
        }
        JpegEncoder frames = turbo != null ? turbo : jdk;
        for (int[] size : new int[][] {{1920, 1080}, {640, 480}}) {
            List<byte[]> video = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                video.add(frames.encode(TestPattern.render(size[0], size[1],
                        Instant.ofEpochSecond(1_700_000_000).plusMillis(i * 33L), 0), 0.85f));
            }
            for (String preset : List.of("ultrafast", "veryfast")) {
                H264Encoder x264 = new H264Encoder(encoder.get().ffmpeg(), "libx264", List.of("-preset", preset, "-profile:v", "high"), List.of());
                double[] cpu = ffmpeg(x264, video);
                System.out.printf("ffmpeg libx264 -preset %s, %dx%d at 30 fps: %.3f s CPU per recorded second, %.0f MB peak RSS%n",
                        preset, size[0], size[1], cpu[0], cpu[1]);
            }
        }
    }

    /** Milliseconds and megabytes of this thread's heap allocation per photo, after a warm-up. */
    private static double[] jpeg(JpegEncoder encoder, List<BufferedImage> photos) {
        for (int i = 0; i < 15; i++) {
            encoder.encode(photos.get(i % photos.size()), 0.85f);
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocated = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        for (int i = 0; i < PHOTOS; i++) {
            encoder.encode(photos.get(i % photos.size()), 0.85f);
        }
        long nanos = System.nanoTime() - start;
        allocated = threads.getThreadAllocatedBytes(thread) - allocated;
        return new double[] {nanos / 1e6 / PHOTOS, allocated / 1e6 / PHOTOS};
    }

    /** ffmpeg's user+system CPU seconds per recorded second and its peak RSS, by /usr/bin/time, fed as fast as it takes. */
    private static double[] ffmpeg(H264Encoder encoder, List<byte[]> frames) throws Exception {
        Path out = Files.createTempFile("camsrv-bench-", ".mp4");
        Path times = Files.createTempFile("camsrv-bench-", ".time");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S %M"));
        command.addAll(FfmpegMp4Writer.command(encoder, out, 30));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream stdin = process.getOutputStream()) {
            for (int i = 0; i < VIDEO_SECONDS * 30; i++) {
                stdin.write(frames.get(i % frames.size()));
            }
        }
        process.waitFor();
        String[] figures = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
        Files.deleteIfExists(out);
        Files.deleteIfExists(times);
        double cpu = Double.parseDouble(figures[0]) + Double.parseDouble(figures[1]);
        return new double[] {cpu / VIDEO_SECONDS, Double.parseDouble(figures[2]) / 1024};
    }
}
