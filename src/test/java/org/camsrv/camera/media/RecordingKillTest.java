package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL to a JVM that records: no shutdown hook runs, so only the end of ffmpeg's stdin, which the
 * kernel closes with the JVM, can end the encoder. It must then exit by itself and leave a file that plays.
 */
class RecordingKillTest {

    @TempDir
    Path folder;

    @Test
    void ffmpegEndsByItselfWhenTheRecordingJvmIsKilledAndTheFilePlays() throws Exception {
        VideoTools.encoderOrSkip();
        Path video = folder.resolve("killed.mp4").toAbsolutePath();
        Path log = folder.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), RecordingUntilKilled.class.getName(), video.toString())
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        try {
            CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> readLine(child));
            String line;
            try {
                line = firstLine.get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                line = "(nothing within 60 s)";
            }
            if (!RecordingUntilKilled.READY.equals(line)) {
                fail("The child did not start recording, it said " + line + "; its stderr: " + Files.readString(log));
            }
            assertEquals(1, VideoTools.processesWriting(video).size(), "one ffmpeg writes the video");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child survived SIGKILL");
        }
        assertEquals(128 + 9, child.exitValue(), "the child died of SIGKILL");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<Long> left = VideoTools.processesWriting(video);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = VideoTools.processesWriting(video);
        }
        left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly)); // no stray ffmpeg after a failure
        assertEquals(List.of(), left, "ffmpeg outlived the JVM by 5 s");
        int frames = VideoTools.decodedFrames(video);
        assertTrue(frames >= 30, "frames that play after the kill: " + frames);
    }

    private static String readLine(Process child) {
        try {
            return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
