package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Logging out is a form post (with the page's view state), never a plain GET: another site can
 * neither log users out with an image nor make a link that does. GET /logout shows the button.
 */
@Named
@RequestScoped
public class LogoutPage {

    public String logOut() {
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return Pages.redirectTo("/login");
    }
}
