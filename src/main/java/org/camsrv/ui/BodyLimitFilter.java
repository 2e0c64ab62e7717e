package org.camsrv.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Page requests (every path but the API's) with a body above {@link #MAX_PAGE_BODY_BYTES} get 413 before
 * a byte of it is read: the container would otherwise take a whole form into memory to find its
 * parameters (a 200 MB POST to /login ran the 128 MB heap out). A body without a length (chunked) gets
 * 411, as the container's form parser would read it whole too; browsers always send the length of a form.
 * CamSrv's own server.xml refuses large bodies earlier still (httpOptions messageSizeLimit, which also
 * closes the connection; after this filter's answer Liberty reads the unread rest away). This filter keeps
 * the limit where the WAR runs in another Liberty. The API reads its JSON with its own limit (JsonBodies).
 */
public class BodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The largest page form: CamSrv's biggest (the settings tabs) are a few kilobytes. */
    static final long MAX_PAGE_BODY_BYTES = 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PageAccess.isApi(request.getServletPath())) {
            int refusal = refusal(request.getContentLengthLong(), request.getHeader("Transfer-Encoding"));
            if (refusal != 0) {
                refuse(response, refusal);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** 413, 411, or 0 for a body that may be read. */
    static int refusal(long contentLength, String transferEncoding) {
        if (contentLength > MAX_PAGE_BODY_BYTES) {
            return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        }
        if (contentLength < 0 && transferEncoding != null && !transferEncoding.isBlank()) {
            return HttpServletResponse.SC_LENGTH_REQUIRED;
        }
        return 0;
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        String text = status == HttpServletResponse.SC_LENGTH_REQUIRED
                ? "A form needs a Content-Length.\n"
                : "The form is too large: at most " + MAX_PAGE_BODY_BYTES / 1024 + " KiB.\n";
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
