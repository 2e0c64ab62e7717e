package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.PasswordPage;
import it.org.camsrv.ui.pages.SettingsPage;
import it.org.camsrv.ui.pages.UsersTab;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Users tab: new users are Initial until they choose a password, and only a SuperUser manages users. */
@ExtendWith(ArquillianExtension.class)
class UsersUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("users-ui");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA)
                .build();
    }

    @ArquillianResource
    URL base;


    @Test
    void newUserIsInitialUntilTheFirstLoginAndNeverSeesTheUsersTab() {
        String url = base.toString();
        ApiClient api = new ApiClient(base);
        LoginPage.open(driver, url).logIn("owner", "owner-password");
        UsersTab users = SettingsPage.open(driver, url, "users").users();
        users.register("guest", "guest-start-1");
        users = new SettingsPage(driver, url).users();
        assertTrue(users.rows().contains("2 guest yes no"), users.rows().toString());
        Browser.screenshot(driver, "users-tab");

        var refused = api.post("api/login", "{\"username\": \"guest\", \"password\": \"guest-start-1\"}", null);
        assertEquals(401, refused.status());
        assertEquals("Password change required. Please log in through UI!", refused.json().getString("error"));

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, url).logIn("guest", "guest-start-1");
        PasswordPage password = new PasswordPage(driver, url);
        assertTrue(password.isShown(), "an Initial user lands on /password");
        SettingsPage.open(driver, url, "parameters");
        assertTrue(new PasswordPage(driver, url).isShown(), "and cannot go elsewhere before changing it");
        password.change("guest-start-1", "guest-own-password");

        SettingsPage settings = SettingsPage.open(driver, url, "users");
        assertEquals("parameters", settings.openTab(), "the Users tab is not reachable by URL");
        assertFalse(settings.tabs().contains("Users"), settings.tabs().toString());
        assertFalse(settings.source().contains("Register New User"));
        assertEquals(200, api.post("api/login", "{\"username\": \"guest\", \"password\": \"guest-own-password\"}", null).status());
    }

    @Test
    void superUserRemovesAUserButNeverThemselves() {
        String url = base.toString();
        LoginPage.open(driver, url).logIn("owner", "owner-password");
        UsersTab users = SettingsPage.open(driver, url, "users").users();
        users.register("visitor", "visitor-pass-1");
        users = new SettingsPage(driver, url).users();
        assertTrue(users.rows().stream().anyMatch(r -> r.contains(" visitor ")), users.rows().toString());
        users.remove("visitor");
        users = new SettingsPage(driver, url).users();
        assertFalse(users.rows().stream().anyMatch(r -> r.contains(" visitor ")), users.rows().toString());
        assertTrue(users.messages().contains("User removed"), users.messages().toString());
        List<String> rows = users.rows();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("1 owner no yes")), rows.toString());
    }
}
