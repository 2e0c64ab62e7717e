package org.camsrv.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.camsrv.auth.LoginService;

/** Small things every page bean does: show a message, renew the session id, redirect. */
final class Pages {

    private Pages() {
    }

    static void error(String componentId, String message) {
        FacesContext.getCurrentInstance().addMessage(componentId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** A message for the page shown next, whether the action redirects or not (see {@link PendingMessages}). */
    static void info(String message) {
        jakarta.enterprise.inject.spi.CDI.current().select(PendingMessages.class).get().add(message);
    }

    /** A new session id at every change of who is logged in, against session fixation. */
    static void renewSessionId() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        // A session made just now has a new id already (a stranger's pages open none before the login).
        if (request.getSession(false) == null) {
            request.getSession(true);
        } else {
            request.changeSessionId();
        }
    }

    static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    static String clientAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    /** A throttled form: status 429 with Retry-After, and the reason beside the form. */
    static void tooManyRequests(String componentId, LoginService.Throttled throttled) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseStatus(429);
        external.setResponseHeader("Retry-After", Long.toString(throttled.seconds()));
        error(componentId, throttled.message());
    }

    static String redirectTo(String page) {
        return page + "?faces-redirect=true";
    }
}
