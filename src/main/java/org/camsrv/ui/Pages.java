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

    static void info(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A new session id at every change of who is logged in, against session fixation. */
    static void renewSessionId() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        request.getSession(true);
        request.changeSessionId();
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
