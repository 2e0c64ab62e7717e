package org.camsrv.ui;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * Who is logged in to the browser UI. The UI has its own session login, apart from Jakarta
 * Security's mechanisms, because those would take bearer-token checking away from mpJwt.
 */
@SessionScoped
public class UiSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile Long userId;

    public boolean isLoggedIn() {
        return userId != null;
    }

    public Long userId() {
        return userId;
    }

    void logIn(long id) {
        userId = id;
    }

    void logOut() {
        userId = null;
    }
}
