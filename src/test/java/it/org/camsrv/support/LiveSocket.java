package it.org.camsrv.support;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client of the Live page's H.264 WebSocket (/video_h264) with the JDK's own WebSocket: it sends the
 * session cookie and the page's Origin as a browser would, and keeps what arrives: the MIME type, the
 * segments and their byte count, and when the socket closed.
 */
public final class LiveSocket implements WebSocket.Listener, AutoCloseable {

    public static final String PATH = "video_h264";

    private final List<String> texts = new CopyOnWriteArrayList<>();
    private final List<byte[]> binaries = new CopyOnWriteArrayList<>();
    private final AtomicLong bytes = new AtomicLong();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final long openedAt = System.currentTimeMillis();
    private volatile long firstFragmentAt;
    private java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
    private WebSocket socket;

    private LiveSocket() {
    }

    /** Opens the socket with this session cookie (or none) and the server's own origin. */
    public static LiveSocket open(URL base, String sessionCookie) throws Exception {
        LiveSocket listener = new LiveSocket();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .header("Origin", "http://" + base.getHost() + ":" + base.getPort());
        if (sessionCookie != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + base.getPath() + PATH);
        listener.socket = builder.buildAsync(uri, listener).get(20, TimeUnit.SECONDS);
        return listener;
    }

    /** Opens the socket as a client that is no browser (no Origin, no cookie) with a viewer key as HTTP Basic password. */
    public static LiveSocket openWithKey(URL base, String key) throws Exception {
        LiveSocket listener = new LiveSocket();
        String basic = java.util.Base64.getEncoder().encodeToString(("nvr:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic);
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + base.getPath() + PATH);
        listener.socket = builder.buildAsync(uri, listener).get(20, TimeUnit.SECONDS);
        return listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        texts.add(data.toString());
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        partial.write(chunk, 0, chunk.length);
        bytes.addAndGet(chunk.length);
        if (last) {
            binaries.add(partial.toByteArray());
            partial = new java.io.ByteArrayOutputStream();
            if (binaries.size() == 2) {
                firstFragmentAt = System.currentTimeMillis();
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    public List<String> texts() {
        return texts;
    }

    /** The init segment first, then one fragment per message. */
    public List<byte[]> binaries() {
        return binaries;
    }

    public long bytes() {
        return bytes.get();
    }

    /** Milliseconds from opening to the first media fragment, or -1 while none came. */
    public long millisToFirstFragment() {
        return firstFragmentAt == 0 ? -1 : firstFragmentAt - openedAt;
    }

    /** The close code once the server closed the socket, or null if it is still open after {@code millis}. */
    public Integer awaitClose(long millis) {
        try {
            return closed.get(millis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        } catch (Exception e) {
            return -1;
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** Waits until {@code count} binary messages came, or {@code millis} passed. */
    public boolean awaitBinaries(int count, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (binaries.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return binaries.size() >= count;
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null);
            awaitClose(5000);
            socket.abort();
        }
    }

    /** ffmpeg processes of the H.264 live view on this machine (the test server runs here). */
    public static List<ProcessHandle> liveEncoders() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("frag_every_frame") && c.contains("pipe:1")).orElse(false))
                .toList();
    }
}
