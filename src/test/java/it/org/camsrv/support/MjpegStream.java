package it.org.camsrv.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A /video_feed request kept open as Home Assistant or a browser's img element keeps it, with any headers (a session
 * cookie, HTTP Basic): the status, then the frames as they come, counted by their part headers.
 */
public final class MjpegStream implements AutoCloseable {

    private static final byte[] PART = "Content-Type: image/jpeg".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final int status;
    private int matched;

    private MjpegStream(Socket socket, int status) {
        this.socket = socket;
        this.status = status;
    }

    /** Opens {@code rawPath} (e.g. "/video_feed?key=…") with these headers and reads the status line. */
    public static MjpegStream open(URL base, String rawPath, Map<String, String> headers) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
        socket.setSoTimeout(10_000);
        StringBuilder request = new StringBuilder("GET " + rawPath + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nConnection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder statusLine = new StringBuilder();
        InputStream in = socket.getInputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            statusLine.append((char) c);
        }
        return new MjpegStream(socket, Integer.parseInt(statusLine.toString().split(" ")[1]));
    }

    public int status() {
        return status;
    }

    /** Frames that arrive within {@code millis}; fewer when the server ends the stream. */
    public int framesWithin(long millis) throws IOException {
        long deadline = System.currentTimeMillis() + millis;
        int frames = 0;
        socket.setSoTimeout(250);
        byte[] buffer = new byte[64 * 1024];
        InputStream in = socket.getInputStream();
        while (System.currentTimeMillis() < deadline) {
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException quiet) {
                continue;
            }
            if (read < 0) {
                break;
            }
            frames += countParts(buffer, read);
        }
        return frames;
    }

    /** Reads on until the server ends the stream: the milliseconds that took, or -1 if it still runs after the limit. */
    public long millisUntilEnd(long limitMillis) throws IOException {
        long started = System.nanoTime();
        socket.setSoTimeout(250);
        byte[] buffer = new byte[64 * 1024];
        InputStream in = socket.getInputStream();
        while ((System.nanoTime() - started) / 1_000_000 < limitMillis) {
            try {
                if (in.read(buffer) < 0) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (SocketTimeoutException quiet) {
                // no frame in this quarter second; keep waiting
            } catch (IOException reset) {
                return (System.nanoTime() - started) / 1_000_000;
            }
        }
        return -1;
    }

    /** Part headers in this chunk, also one split across two reads. */
    private int countParts(byte[] buffer, int length) {
        int parts = 0;
        for (int i = 0; i < length; i++) {
            matched = buffer[i] == PART[matched] ? matched + 1 : (buffer[i] == PART[0] ? 1 : 0);
            if (matched == PART.length) {
                parts++;
                matched = 0;
            }
        }
        return parts;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
