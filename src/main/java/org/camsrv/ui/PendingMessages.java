package org.camsrv.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages of an action for the page the browser is sent to next. Faces' flash carried them before,
 * but its keep is saved only after the redirect has gone out, and a quick browser sometimes asked for
 * the next page first: the message was lost (seen about once in five test runs). The session holds
 * them from the moment the action adds them. The layout asks through {@link PageMessages}.
 */
@SessionScoped
public class PendingMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> infos = new ArrayList<>();

    synchronized void add(String message) {
        infos.add(message);
    }

    /** Before a page renders (the layout asks): hands the waiting messages to it, once. */
    public void publish() {
        List<String> waiting;
        synchronized (this) {
            if (infos.isEmpty()) {
                return;
            }
            waiting = List.copyOf(infos);
            infos.clear();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        waiting.forEach(text -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null)));
    }
}
