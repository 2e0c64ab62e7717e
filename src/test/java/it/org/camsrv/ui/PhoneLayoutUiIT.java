package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.PasswordPage;
import it.org.camsrv.ui.pages.RegisterPage;
import it.org.camsrv.ui.pages.SettingsPage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page fits a phone 360 px wide (the most common Android width) and 390 px wide, a desktop
 * window narrowed to 375 px with its classic scroll bar, and a desktop: nothing sticks out past the
 * right edge, nothing but a table scrolls sideways (inside a box of its own), and on a phone buttons,
 * menu links and tabs are big enough for a finger. Each page is photographed whole as
 * &lt;screen&gt;-&lt;page&gt;.png in target/screenshots (e.g. phone-360-settings-api.png).
 */
@ExtendWith(ArquillianExtension.class)
class PhoneLayoutUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("phone-layout");

    /** Long enough to need more than the menu's share of a phone's width. */
    private static final String LONG_NAME = "garden-shed-camera-operator-with-a-long-name";

    /** No user yet, so that the register page can be seen; the API is active, so that a token can be listed. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString()).build();
    }

    @ArquillianResource
    URL base;

    private final List<String> misfits = new ArrayList<>();

    private int pagesWithClassicScrollBar;

    @Test
    void everyPageFitsEveryScreen() {
        String url = base.toString();
        check("register", url + "register");
        new RegisterPage(driver, url).register("owner", "owner-password");
        driver.manage().deleteAllCookies();
        check("login", url + "login");
        new LoginPage(driver, url).logIn("owner", "owner-password");
        takePhotoAndVideo();

        // The token just made with its Copy button, as each screen shows it; then the list of them all.
        for (Screen screen : Screen.values()) {
            screen.apply(driver);
            SettingsPage.open(driver, url, "api").api().generate("garage door script on " + screen.prefix());
            checkAsShown(screen, "settings-api-new-token");
            SettingsPage.open(driver, url, "keys").viewerKeys().create("Home Assistant in the garage on " + screen.prefix());
            checkAsShown(screen, "settings-keys-new-key");
        }
        SettingsPage.open(driver, url, "users").users().register(LONG_NAME, "long-name-password");

        for (String page : List.of("password", "live", "info", "photos", "logout", "restarting")) {
            check(page, url + page);
        }
        for (String tab : List.of("parameters", "configuration", "users", "api", "integrations", "keys")) {
            check("settings-" + tab, url + "settings?tab=" + tab);
        }
        check("not-found", url + "no-such-page");
        check("error", url + "error.xhtml");
        check("expired", url + "expired.xhtml");

        // A user whose name is longer than the menu's room: first the password page a new user must
        // pass, then a page with the whole menu.
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, url).logIn(LONG_NAME, "long-name-password");
        check("long-name-first-password", url + "password");
        new PasswordPage(driver, url).change("long-name-password", "long-name-password-2");
        check("long-name-live", url + "live");

        assertTrue(misfits.isEmpty(), "Pages that do not fit:\n" + String.join("\n", misfits));
        assertTrue(pagesWithClassicScrollBar > 0,
                "no page taller than the narrowed desktop window showed a classic scroll bar, so 375 px was not tested as one");
    }

    /** A photo and a video, so that the Photos page shows its grid with both kinds. */
    private void takePhotoAndVideo() {
        ApiClient api = new ApiClient(base);
        String token = api.login("owner", "owner-password").getString("access_token");
        api.get("api/take_photo", token);
        api.send(api.request("api/record_video", token).method("GET", HttpRequest.BodyPublishers.ofString("{\"duration\": 1}"))
                .header("Content-Type", "application/json"));
    }

    /** Opens the page on every screen, notes what does not fit, and photographs it. */
    private void check(String page, String address) {
        for (Screen screen : Screen.values()) {
            screen.apply(driver);
            driver.get(address);
            checkAsShown(screen, page);
        }
    }

    private void checkAsShown(Screen screen, String page) {
        if (screen.assertIsLaidOutFor(driver) && screen == Screen.DESKTOP_375) {
            pagesWithClassicScrollBar++;
        }
        Browser.fullPageScreenshot(driver, screen.prefix() + "-" + page);
        String where = screen.prefix() + " " + page + ": ";
        LayoutCheck.stickingOut(driver).forEach(misfit -> misfits.add(where + misfit));
        if (screen.mobile) {
            LayoutCheck.smallTapTargets(driver).forEach(misfit -> misfits.add(where + misfit));
        }
    }
}
