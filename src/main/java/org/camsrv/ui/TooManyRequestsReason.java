package org.camsrv.ui;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.lang.reflect.Method;

/**
 * Gives a 429 its reason phrase. Open Liberty's HTTP channel knows no phrase for 429 and writes
 * "429 Undefined" in the status line; the Servlet API lost its way to set one in 6.0, but Liberty's
 * own response still has {@code setReason}. Where that method is missing (another server), the
 * status line stays as the server writes it.
 */
final class TooManyRequestsReason extends HttpServletResponseWrapper {

    static final int TOO_MANY_REQUESTS = 429;
    static final String PHRASE = "Too Many Requests";

    TooManyRequestsReason(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setStatus(int status) {
        super.setStatus(status);
        if (status == TOO_MANY_REQUESTS) {
            nameReason(getResponse());
        }
    }

    /** Calls setReason on the innermost response that has it; the phrase must follow the status code. */
    private static void nameReason(ServletResponse response) {
        ServletResponse current = response;
        while (current instanceof jakarta.servlet.ServletResponseWrapper wrapper) {
            current = wrapper.getResponse();
        }
        try {
            Method setReason = current.getClass().getMethod("setReason", String.class);
            setReason.invoke(current, PHRASE);
        } catch (ReflectiveOperationException | RuntimeException notLiberty) {
            // The status line keeps the server's own words; the status code is right either way.
        }
    }
}
