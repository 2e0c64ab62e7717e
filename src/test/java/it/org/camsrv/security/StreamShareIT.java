package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.ServerLog;
import it.org.camsrv.support.WebSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What strangers and plain users can take of the streams and the log: two addresses (streaming login off)
 * fill their share of the live streams and the owner still gets one; /photo_feed has a per-address cap;
 * a path with CR LF cannot forge a log line, and a flood of refusals writes a few lines, not one each.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreamShareIT {

    private static final java.nio.file.Path DATA = CamsrvArchive.newDataDirectory("stream-share");
    private static final String FORGED = "[FORGED] CamSrv user owner logged in";

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString()).build();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aPathWithCrLfForgesNoLogLine() throws Exception {
        ServerLog log = ServerLog.mark();
        // Liberty refuses CR LF in the path itself (400 CWWWC0005I), but not in a matrix parameter, which JAX-RS
        // decodes into the path that the refusal line names.
        String path = "/api/take_photo;x=%0D%0A" + java.net.URLEncoder.encode(FORGED, StandardCharsets.UTF_8).replace("+", "%20");
        RawHttp.Answer answer = RawHttp.to(base).get(path, Map.of());
        assertEquals(401, answer.status(), answer.toString());
        List<String> lines = log.linesSince();
        lines.forEach(line -> System.out.println("log: " + line));
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("[FORGED]")), "a forged line: " + lines);
        assertTrue(lines.stream().anyMatch(line -> line.contains("\\r\\n" + FORGED)),
                "the refusal is logged with CR LF escaped: " + lines);
    }

    @Test
    @Order(2)
    void aFloodOfRefusalsWritesAFewLinesNotOneEach() throws Exception {
        Thread.sleep(11_000); // past the previous test's refusal line
        ServerLog log = ServerLog.mark();
        RawHttp http = RawHttp.to(base);
        for (int i = 0; i < 60; i++) {
            assertEquals(401, http.get("/api/take_photo", Map.of()).status());
        }
        long refusalLines = log.linesSince().stream().filter(line -> line.contains("API request refused")).count();
        System.out.println("60 refused API requests wrote " + refusalLines + " log line(s)");
        assertTrue(refusalLines >= 1 && refusalLines <= 2, refusalLines + " lines");
    }

    @Test
    @Order(3)
    void twoAddressesFillTheirShareAndTheOwnerStillGetsAStream() throws Exception {
        WebSession owner = new WebSession(RawHttp.to(base)).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        setStreamingLogin(owner, false);
        List<Stream> open = new ArrayList<>();
        try {
            int admitted = 0;
            for (String address : new String[] {"127.0.0.2", "127.0.0.3"}) {
                for (int i = 0; i < 4; i++) {
                    Stream stream = Stream.open(base, address, null);
                    open.add(stream);
                    admitted += stream.status == 200 ? 1 : 0;
                }
            }
            System.out.println("two addresses opened " + admitted + " of 8 streams");
            assertTrue(admitted >= 6, "both addresses got streams: " + admitted);
            Stream third = Stream.open(base, "127.0.0.4", null);
            open.add(third);
            Stream ownersStream = Stream.open(base, "127.0.0.5", owner.sessionCookie());
            open.add(ownersStream);
            assertEquals(200, ownersStream.status, "the owner still gets a stream");
            Stream ownersSecond = Stream.open(base, "127.0.0.5", owner.sessionCookie());
            open.add(ownersSecond);
            assertEquals(200, ownersSecond.status, "and a second one");
            assertEquals(503, third.status, "a third address finds the shared streams taken");
        } finally {
            open.forEach(Stream::close);
            setStreamingLogin(owner, true);
        }
    }

    @Test
    @Order(4)
    void photoFeedTakesOnlyAFewAtOnceFromOneAddress() throws Exception {
        WebSession plain = new WebSession(RawHttp.to(base)).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        int callers = 24;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return plain.get("/photo_feed").status();
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (CompletableFuture<Integer> answer : answers) {
            statuses.merge(answer.get(), 1, Integer::sum);
        }
        System.out.println(callers + " snapshots at once from one user: " + statuses);
        assertTrue(statuses.getOrDefault(429, 0) > 0, "some were refused as too many at once: " + statuses);
        assertTrue(statuses.getOrDefault(200, 0) >= 4, "the first few were answered: " + statuses);
        assertEquals(callers, statuses.getOrDefault(200, 0) + statuses.getOrDefault(429, 0)
                + statuses.getOrDefault(503, 0), "nothing but pictures, refusals and a busy camera: " + statuses);
    }

    private static void setStreamingLogin(WebSession owner, boolean on) {
        Map<String, String> parameters = WebSession.form(owner.get("/settings?tab=parameters"), "parameters");
        if (on) {
            parameters.put("parameters:streamingNeedsLogin", "on");
        } else {
            parameters.remove("parameters:streamingNeedsLogin");
        }
        parameters.put("parameters:submit", "Submit");
        assertEquals(302, owner.post("/settings", parameters).status());
    }

    /** An MJPEG stream held open from a local address: the status is read, the rest waits until close. */
    private static final class Stream implements AutoCloseable {
        final Socket socket;
        final int status;

        private Stream(Socket socket, int status) {
            this.socket = socket;
            this.status = status;
        }

        static Stream open(URL base, String from, String sessionCookie) throws IOException {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(10_000);
            String request = "GET /video_feed HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + (sessionCookie == null ? "" : "Cookie: JSESSIONID=" + sessionCookie + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            String[] parts = line.toString().split(" ");
            return new Stream(socket, parts.length > 1 ? Integer.parseInt(parts[1]) : -1);
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a test stream: nothing to do
            }
        }
    }
}
