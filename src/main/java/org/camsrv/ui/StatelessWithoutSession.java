package org.camsrv.ui;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page rendered for a request without a session (the login and register pages, an error page for a
 * stranger) keeps no view on the server: MyFaces would otherwise open a session to hold it, and every
 * anonymous GET /login would leave one behind for two hours. Such a form comes back with the view state
 * "stateless" and is built anew; LoginFilter checks the Origin of its post instead of a view token.
 * Set before rendering, because MyFaces decides about the session before it builds the page; the layout's
 * f:view marks the same pages transient when it builds them, which the restore of such a form requires.
 */
public class StatelessWithoutSession implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        var context = event.getFacesContext();
        if (context.getExternalContext().getSession(false) == null && context.getViewRoot() != null) {
            context.getViewRoot().setTransient(true);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
