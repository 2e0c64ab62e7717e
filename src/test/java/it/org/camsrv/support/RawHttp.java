package it.org.camsrv.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * HTTP/1.1 over a plain socket, with the request line sent exactly as given: no client normalises
 * "..", "//", ";" or percent-escapes away, and the socket can leave from a chosen local address
 * (127.0.0.2, …) to play a second client. One request per connection.
 */
public final class RawHttp {

    private final String host;
    private final int port;
    private final String localAddress;
    private final boolean tls;

    private RawHttp(String host, int port, String localAddress, boolean tls) {
        this.host = host;
        this.port = port;
        this.localAddress = localAddress;
        this.tls = tls;
    }

    public static RawHttp to(URL base) {
        return new RawHttp(base.getHost(), base.getPort(), null, false);
    }

    /** The same server, from another local address (loopback aliases: 127.0.0.2 and so on). */
    public RawHttp from(String local) {
        return new RawHttp(host, port, local, tls);
    }

    /** The same server over HTTPS on the test server's HTTPS port; its self-signed certificate is trusted. */
    public RawHttp overTls() {
        return new RawHttp(host, Integer.getInteger("it.https.port"), localAddress, true);
    }

    /** A request whose head announces {@code announcedLength} body bytes, of which only {@code sent} follow. */
    public Answer sendTruncated(String method, String rawPath, Map<String, String> headers, long announcedLength,
            byte[] sent) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Length", Long.toString(announcedLength));
        return exchange(method, rawPath, all, sent);
    }

    /** An answer: status, reason phrase, headers (names in lower case) and body. */
    public record Answer(int status, String reason, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String location() {
            return header("Location");
        }

        public boolean hasViewState() {
            return body.contains("jakarta.faces.ViewState");
        }

        @Override
        public String toString() {
            return status + " " + reason + (location() == null ? "" : " -> " + location())
                    + (body.length() > 200 ? " " + body.substring(0, 200) + "…" : " " + body);
        }
    }

    public Answer get(String rawPath, Map<String, String> headers) {
        return send("GET", rawPath, headers, null);
    }

    public Answer send(String method, String rawPath, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null && !all.containsKey("Transfer-Encoding")) {
            all.put("Content-Length", Integer.toString(content.length));
        }
        return exchange(method, rawPath, all, content);
    }

    private Answer exchange(String method, String rawPath, Map<String, String> headers, byte[] content) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", host + ":" + port);
        all.put("Connection", "close");
        all.putAll(headers);
        StringBuilder head = new StringBuilder(method).append(' ').append(rawPath).append(" HTTP/1.1\r\n");
        all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket plain = new Socket()) {
            if (localAddress != null) {
                plain.bind(new InetSocketAddress(localAddress, 0));
            }
            plain.connect(new InetSocketAddress(host, port), 5000);
            Socket socket = tls ? trustingAnyCertificate().createSocket(plain, host, port, true) : plain;
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + rawPath, e);
        }
    }

    private static SSLSocketFactory trustingAnyCertificate() {
        TrustManager anyCertificate = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {anyCertificate}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the head, then the body: to its end, or only the head of an endless camera stream. */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            headBytes.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = headBytes.toString(StandardCharsets.ISO_8859_1).trim().split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                // Set-Cookie values hold commas (Expires=Thu, 01 …): several of them are kept a line each.
                String joiner = name.equals("set-cookie") ? "\n" : ", ";
                headers.merge(name, lines[i].substring(colon + 1).trim(), (x, y) -> x + joiner + y);
            }
        }
        String type = headers.getOrDefault("content-type", "");
        byte[] body = type.startsWith("multipart/x-mixed-replace") ? new byte[0] : in.readAllBytes();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(statusLine[1]), statusLine.length > 2 ? statusLine[2] : "", headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            body.write(chunked, start, Math.min(size, chunked.length - start));
            at = start + size + 2;
        }
        return body.toByteArray();
    }
}
