package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout calls before a page renders: the {@link PendingMessages} of this session, if there is a
 * session. Messages can only wait in one, and asking the session bean without one would create a session
 * for every stranger who opens the login page.
 */
@Named
@RequestScoped
public class PageMessages {

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<PendingMessages> pending;

    public void publish() {
        if (request.getSession(false) != null) {
            pending.get().publish();
        }
    }
}
