package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.LiveSocket;
import it.org.camsrv.ui.pages.LoginPage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Live page in Chromium: H.264 from the server's one encoder through Media Source, at a latency read
 * from the simulated camera's frame stamps (printed every run, for H.264 and for MJPEG); MJPEG where the
 * browser has no Media Source; a second viewer and a stalled one; and a photo from the page.
 */
@ExtendWith(ArquillianExtension.class)
class LivePageUiIT extends BrowserTest {

    /** Generous for CI's busy machine: docs/benchmarks.md has the figures of a quiet one. */
    private static final long P95_LIMIT_MILLIS = 3000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(CamsrvArchive.newDataDirectory("live-ui")).admin("owner", "owner-password")
                .with("camsrv.camera", "simulated").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLivePagePlaysH264NearTheLiveEdgeAndTakesAPhoto() {
        openLivePage();
        assertTrue(driver.findElement(By.cssSelector("header")).getText().contains("Simulated camera"));
        awaitMode("h264");
        assertTrue(modeLine().contains("H.264"), modeLine());
        Browser.screenshot(driver, "live");
        LiveLatency.Figures h264 = LiveLatency.measure(driver, "liveVideo", 40, 100);
        System.out.println(h264.describe("H.264"));
        assertTrue(h264.millis().size() >= 30, h264.describe("H.264"));
        assertTrue(h264.p95() < P95_LIMIT_MILLIS, h264.describe("H.264"));

        driver.findElement(By.id("live:photo")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains("Photo taken: "));
    }

    @Test
    void aBrowserWithoutMediaSourceGetsMjpegAndTheSameStampTest() {
        ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "delete window.MediaSource; delete window.ManagedMediaSource; delete window.WebKitMediaSource;"));
        openLivePage();
        awaitMode("mjpeg");
        assertTrue(modeLine().contains("MJPEG") && modeLine().contains("no Media Source Extensions"), modeLine());
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> ((Number) js()
                .executeScript("return document.getElementById('liveView').naturalWidth")).intValue() == 640);
        LiveLatency.Figures mjpeg = LiveLatency.measure(driver, "liveView", 40, 100);
        System.out.println(mjpeg.describe("MJPEG"));
        assertTrue(mjpeg.millis().size() >= 30, mjpeg.describe("MJPEG"));
    }

    @Test
    void aSecondViewerJoinsWithinTwoSecondsAndAViewerWhoStopsReadingSlowsNobody() throws Exception {
        openLivePage();
        awaitMode("h264");
        LiveLatency.Figures before = LiveLatency.measure(driver, "liveVideo", 30, 100);
        System.out.println(before.describe("H.264, one viewer"));
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        try (LiveSocket second = LiveSocket.open(base, cookie); Socket stalled = stalledViewer(cookie)) {
            assertTrue(second.awaitBinaries(2, 5000), "the second viewer got the stream");
            System.out.println("second viewer's first fragment after " + second.millisToFirstFragment() + " ms");
            assertTrue(second.millisToFirstFragment() < 2000, "second viewer waited " + second.millisToFirstFragment() + " ms");
            Thread.sleep(3000); // the stalled viewer's queue is full by now
            LiveLatency.Figures during = LiveLatency.measure(driver, "liveVideo", 30, 100);
            System.out.println(during.describe("H.264, beside a viewer who stopped reading"));
            assertTrue(during.millis().size() >= 20, during.describe("beside the stalled viewer"));
            assertTrue(during.median() <= before.median() + 500,
                    "the first viewer was slowed: " + before.describe("before") + "; " + during.describe("during"));
        }
    }

    private void openLivePage() {
        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        driver.get(base + "live");
    }

    private void awaitMode(String mode) {
        if (mode.equals("h264")) {
            Object socket = js().executeScript("return document.getElementById('liveVideo').getAttribute('data-socket')");
            Assumptions.assumeTrue(socket != null && !"".equals(socket),
                    "H.264 live view test skipped: the server found no ffmpeg (apt-get install ffmpeg)");
        }
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> mode.equals(js()
                .executeScript("return document.getElementById('liveMode').getAttribute('data-mode')")));
    }

    private String modeLine() {
        return driver.findElement(By.id("liveMode")).getText();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** A viewer whose handshake succeeds and who then never reads: its TCP window fills within a second. */
    private Socket stalledViewer(String cookie) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
        String handshake = "GET /" + LiveSocket.PATH + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nOrigin: http://" + base.getHost() + ":" + base.getPort()
                + "\r\nCookie: JSESSIONID=" + cookie + "\r\n\r\n";
        socket.getOutputStream().write(handshake.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }
}
