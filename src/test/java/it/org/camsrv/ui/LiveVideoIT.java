package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.LiveSocket;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Live page's H.264 WebSocket on a real server with the real ffmpeg: the handshake is judged like
 * /video_feed plus its Origin, a viewer gets the MIME type, the init segment and fragments from a key frame,
 * a logged-out viewer is cut, and the encoder is gone a few seconds after the last viewer.
 */
@ExtendWith(ArquillianExtension.class)
class LiveVideoIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(CamsrvArchive.newDataDirectory("live-video")).admin("owner", "owner-password")
                .with("camsrv.camera", "simulated").build();
    }

    @ArquillianResource
    URL base;

    private WebSession owner;

    @BeforeEach
    void logIn() {
        owner = new WebSession(RawHttp.to(base)).logIn("owner", "owner-password");
    }

    @Test
    void aHandshakeFromAnotherSiteIsRefused() {
        assertEquals(403, handshake(owner.sessionCookie(), "http://evil.example"), "cross-site WebSocket hijacking");
        requireEncoder();
        assertEquals(101, handshake(owner.sessionCookie(), ownOrigin()), "the server's own page");
    }

    @Test
    void aHandshakeWithoutLoginIsRefused() {
        assertEquals(401, handshake(null, ownOrigin()));
    }

    @Test
    void aPlainRequestIsToldWhatThisIs() {
        RawHttp.Answer plain = owner.get("/" + LiveSocket.PATH);
        assertEquals(400, plain.status(), plain.toString());
    }

    @Test
    void aViewerGetsTheMimeTypeTheInitSegmentAndFragmentsFromAKeyFrame() throws Exception {
        requireEncoder();
        try (LiveSocket viewer = LiveSocket.open(base, owner.sessionCookie())) {
            assertTrue(viewer.awaitBinaries(31, 20_000), "a second of fragments came: " + viewer.binaries().size());
            assertTrue(viewer.texts().get(0).matches("video/mp4; codecs=\"avc1\\.[0-9a-f]{6}\""), viewer.texts().toString());
            assertEquals("ftyp", boxType(viewer.binaries().get(0)), "the init segment comes first");
            assertEquals("moof", boxType(viewer.binaries().get(1)));
            assertEquals(1, LiveSocket.liveEncoders().size(), "one ffmpeg runs for the live view");
        }
    }

    @Test
    void aLoggedOutViewerIsCutWithinSeconds() throws Exception {
        requireEncoder();
        try (LiveSocket viewer = LiveSocket.open(base, owner.sessionCookie())) {
            assertTrue(viewer.awaitBinaries(2, 20_000), "the stream began");
            RawHttp.Answer page = owner.get("/logout");
            Map<String, String> form = WebSession.form(page, "logoutPage");
            form.put("logoutPage:confirm", "Log Out");
            assertEquals(302, owner.post("/logout", form).status());
            long loggedOut = System.currentTimeMillis();
            Integer code = viewer.awaitClose(5000);
            System.out.println("logged-out viewer's WebSocket closed " + (System.currentTimeMillis() - loggedOut)
                    + " ms after the logout (code " + code + ")");
            assertNotNull(code, "the socket is still open 5 s after the logout");
        }
    }

    @Test
    void theEncoderIsGoneAFewSecondsAfterTheLastViewer() throws Exception {
        requireEncoder();
        try (LiveSocket first = LiveSocket.open(base, owner.sessionCookie());
                LiveSocket second = LiveSocket.open(base, owner.sessionCookie())) {
            assertTrue(first.awaitBinaries(2, 20_000) && second.awaitBinaries(2, 20_000), "both viewers see the stream");
            assertEquals(1, LiveSocket.liveEncoders().size(), "two viewers, one encoder");
        }
        long left = System.currentTimeMillis();
        while (!LiveSocket.liveEncoders().isEmpty() && System.currentTimeMillis() - left < 10_000) {
            Thread.sleep(100);
        }
        System.out.println("the live view's ffmpeg ended " + (System.currentTimeMillis() - left) + " ms after the last viewer left");
        assertEquals(0, LiveSocket.liveEncoders().size(), "no live-view ffmpeg 10 s after the last viewer");
    }

    /** The WebSocket handshake as a browser sends it; answers the status of the server's answer. */
    private int handshake(String sessionCookie, String origin) {
        StringBuilder request = new StringBuilder("GET /" + LiveSocket.PATH + " HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n")
                .append("Origin: ").append(origin).append("\r\n");
        if (sessionCookie != null) {
            request.append("Cookie: JSESSIONID=").append(sessionCookie).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String ownOrigin() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    /** The Live page names the socket only where the server has an H.264 encoder. */
    private void requireEncoder() {
        Assumptions.assumeTrue(owner.get("/live").body().contains("data-socket=\"/" + LiveSocket.PATH + "\""),
                "H.264 live view test skipped: the server found no ffmpeg (apt-get install ffmpeg)");
    }

    private static String boxType(byte[] box) {
        return new String(box, 4, 4, StandardCharsets.ISO_8859_1);
    }
}
