package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login page counts failures like the API: after a few, even the right password waits. */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleUiIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(CamsrvArchive.newDataDirectory("login-throttle"))
                .admin("owner", "owner-password").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void guessingOnTheLoginPageIsSlowedDown() {
        LoginPage login = LoginPage.open(driver, base.toString());
        for (int i = 0; i < 5; i++) {
            login.logIn("owner", "guess-" + i);
            assertTrue(login.messages().contains("Invalid username or password"), login.messages().toString());
        }
        login.logIn("owner", "owner-password");
        assertTrue(login.isShown(), "still on the login page");
        assertTrue(login.messages().stream().anyMatch(m -> m.startsWith("Too many failed logins")), login.messages().toString());
    }
}
