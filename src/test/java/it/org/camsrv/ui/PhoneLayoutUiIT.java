package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.RegisterPage;
import it.org.camsrv.ui.pages.SettingsPage;
import java.net.URL;
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
 * Every page fits a phone 390 px wide: nothing sticks out past the right edge (tables may scroll
 * inside their own box), and buttons, menu links and tabs are big enough for a finger. Each page
 * is photographed as phone-<page>.png and desktop-<page>.png in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class PhoneLayoutUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("phone-layout");

    /** No user yet, so that the register page can be seen; the API is active, so that a token can be listed. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString()).build();
    }

    @ArquillianResource
    URL base;

    private final List<String> misfits = new ArrayList<>();

    @Test
    void everyPageFitsAPhone() {
        String url = base.toString();
        check("register", url + "register");
        new RegisterPage(driver, url).register("owner", "owner-password");
        driver.manage().deleteAllCookies();
        check("login", url + "login");
        new LoginPage(driver, url).logIn("owner", "owner-password");

        // The tokens table, and the token just made with its Copy button, as a phone shows them.
        Screen.PHONE.apply(driver);
        SettingsPage.open(driver, url, "api").api().generate("garage door script");
        checkAsShown(Screen.PHONE, "settings-api-new-token");

        for (String page : List.of("password", "live", "info", "photos")) {
            check(page, url + page);
        }
        for (String tab : List.of("parameters", "configuration", "users", "api", "integrations")) {
            check("settings-" + tab, url + "settings?tab=" + tab);
        }
        assertTrue(misfits.isEmpty(), "Pages that do not fit:\n" + String.join("\n", misfits));
    }

    /** Opens the page on a phone and on a desktop, notes what does not fit, and photographs it on both. */
    private void check(String page, String address) {
        for (Screen screen : Screen.values()) {
            screen.apply(driver);
            driver.get(address);
            checkAsShown(screen, page);
        }
    }

    private void checkAsShown(Screen screen, String page) {
        screen.assertIsLaidOutFor(driver);
        Browser.screenshot(driver, screen.prefix() + "-" + page);
        LayoutCheck.stickingOut(driver).forEach(misfit -> misfits.add(screen.prefix() + " " + page + ": " + misfit));
        if (screen == Screen.PHONE) {
            LayoutCheck.smallTapTargets(driver).forEach(misfit -> misfits.add(screen.prefix() + " " + page + ": " + misfit));
        }
    }
}
