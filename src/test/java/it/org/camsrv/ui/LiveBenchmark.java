package it.org.camsrv.ui;

import it.org.camsrv.support.LiveSocket;
import it.org.camsrv.ui.pages.LoginPage;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * bench/live.sh's figures against a running server (the simulated camera, streams without login): glass-to-glass
 * latency of the Live page in Chromium for H.264 and for MJPEG, bytes per second per viewer of each, and the
 * server's CPU per added H.264 viewer. Arguments: base URL, user, password, server pid, seconds per figure.
 */
public final class LiveBenchmark {

    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URL base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/").toURL();
        String user = args[1];
        String password = args[2];
        long pid = Long.parseLong(args[3]);
        int seconds = Integer.parseInt(args[4]);

        LiveLatency.Figures h264 = latency(base, user, password, false, seconds);
        LiveLatency.Figures mjpeg = latency(base, user, password, true, seconds);
        System.out.println(h264.describe("H.264"));
        System.out.println(mjpeg.describe("MJPEG"));

        double h264Bytes = h264BytesPerSecond(base, seconds);
        double mjpegBytes = mjpegBytesPerSecond(base, seconds);
        System.out.printf("bytes per second per viewer, 640x480 at 30 fps: H.264 %.0f, MJPEG %.0f (H.264 = 1/%.1f of MJPEG)%n",
                h264Bytes, mjpegBytes, mjpegBytes / h264Bytes);

        // Four: the most one viewer (here one address) may open.
        double one = cpuPercent(base, pid, 1, seconds);
        double four = cpuPercent(base, pid, 4, seconds);
        System.out.printf("server CPU with H.264 viewers (JVM and its ffmpeg): 1 viewer %.1f %% of a core, 4 viewers %.1f %%;"
                + " per added viewer %.2f %% of a core%n", one, four, (four - one) / 3);
    }

    private static LiveLatency.Figures latency(URL base, String user, String password, boolean withoutMediaSource, int seconds) {
        WebDriver driver = Browser.start();
        try {
            if (withoutMediaSource) {
                ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", "delete window.MediaSource; delete window.ManagedMediaSource;"));
            }
            LoginPage.open(driver, base.toString()).logIn(user, password);
            driver.get(base + "live");
            String mode = withoutMediaSource ? "mjpeg" : "h264";
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> mode.equals(((JavascriptExecutor) d)
                    .executeScript("return document.getElementById('liveMode').getAttribute('data-mode')")));
            Thread.sleep(2000);
            return LiveLatency.measure(driver, withoutMediaSource ? "liveView" : "liveVideo", seconds * 10, 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            driver.quit();
        }
    }

    private static double h264BytesPerSecond(URL base, int seconds) throws Exception {
        try (LiveSocket viewer = LiveSocket.open(base, null)) {
            viewer.awaitBinaries(2, 10_000);
            long start = viewer.bytes();
            Thread.sleep(seconds * 1000L);
            return (viewer.bytes() - start) / (double) seconds;
        }
    }

    private static double mjpegBytesPerSecond(URL base, int seconds) throws Exception {
        try (InputStream stream = new URL(base, "video_feed").openStream()) {
            byte[] chunk = new byte[65536];
            stream.readNBytes(chunk, 0, 65536); // past the first frame
            long deadline = System.currentTimeMillis() + seconds * 1000L;
            long bytes = 0;
            while (System.currentTimeMillis() < deadline) {
                int read = stream.read(chunk);
                if (read < 0) {
                    break;
                }
                bytes += read;
            }
            return bytes / (double) seconds;
        }
    }

    /** The server's CPU (the JVM and its children) with {@code viewers} H.264 viewers, in % of one core. */
    private static double cpuPercent(URL base, long pid, int viewers, int seconds) throws Exception {
        List<LiveSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < viewers; i++) {
                sockets.add(LiveSocket.open(base, null));
            }
            for (LiveSocket socket : sockets) {
                socket.awaitBinaries(2, 10_000);
            }
            Thread.sleep(2000);
            long before = cpuTicks(pid);
            long started = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long used = cpuTicks(pid) - before;
            double elapsed = (System.nanoTime() - started) / 1e9;
            return 100.0 * used / 100 / elapsed; // USER_HZ is 100 on Linux
        } finally {
            sockets.forEach(LiveSocket::close);
        }
    }

    /** User and system ticks of the process and its live children (ffmpeg). */
    private static long cpuTicks(long pid) throws Exception {
        long ticks = ticksOf(pid);
        for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of())) {
            ticks += ticksOf(child.pid());
        }
        return ticks;
    }

    private static long ticksOf(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
