package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.security.PlainUser;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.ViewerKeyPages;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.SettingsPage;
import it.org.camsrv.ui.pages.ViewerKeysTab;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Viewer Keys tab in a browser, with the API switched off (the tab stays): a key is shown once with its Copy
 * button and opens the picture, bad names get a message at the field, the list shows a plain user their own keys and
 * a SuperUser everybody's with the owner, and a revoked key is refused at once.
 */
@ExtendWith(ArquillianExtension.class)
class ViewerKeysUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("viewer-keys-ui");

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA).with("camsrv.api.allowed", "false").with("camsrv.camera", "simulated").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void aKeyIsShownOnceWithItsCopyButtonAndOpensThePicture() {
        String url = base.toString();
        LoginPage.open(driver, url).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        SettingsPage settings = SettingsPage.open(driver, url, "keys");
        assertTrue(settings.tabs().contains("Viewer Keys"), settings.tabs().toString());
        assertFalse(settings.tabs().contains("API"), "the API is off, the keys are not: " + settings.tabs());
        assertEquals("keys", settings.openTab());

        ViewerKeysTab tab = settings.viewerKeys().create("Home Assistant");
        String key = tab.shownKey();
        assertTrue(key != null && key.matches("cvk_[A-Za-z0-9_-]{43}"), "shown: " + key);
        assertTrue(List.of("Copied", "Press Ctrl+C to copy").contains(tab.copyKey()));
        assertTrue(tab.source().contains(url.replaceAll("/$", "") + "/photo_feed"), "the URL to give Home Assistant");

        assertEquals(200, RawHttp.to(base).get("/photo_feed", ViewerKeyPages.basic("ha", key)).status());
        ViewerKeysTab again = SettingsPage.open(driver, url, "keys").viewerKeys();
        assertNull(again.shownKey(), "shown once only");
        assertFalse(again.source().contains(key), "nowhere on the page any more");
        String row = again.rows().stream().filter(r -> r.startsWith("Home Assistant | owner | ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row of the key: " + again.rows()));
        assertFalse(row.endsWith("never"), "the poll above is its last use: " + row);
    }

    @Test
    void badNamesAreAnsweredAtTheField() {
        String url = base.toString();
        LoginPage.open(driver, url).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        ViewerKeysTab tab = SettingsPage.open(driver, url, "keys").viewerKeys().create("   ");
        assertEquals("Please give the key a name that says who uses it, e.g. Home Assistant", tab.fieldError("viewerKeys:name"));
        assertNull(tab.shownKey());
        tab = tab.create("x".repeat(65));
        assertEquals("The name may have at most 64 characters", tab.fieldError("viewerKeys:name"));
        tab = tab.create("NVR");
        tab = tab.create("NVR");
        assertTrue(tab.fieldError("viewerKeys:name").startsWith("You have a viewer key named \"NVR\" already"),
                tab.fieldError("viewerKeys:name"));
        assertNull(tab.shownKey());
    }

    @Test
    void aPlainUserSeesTheirOwnKeysAndASuperUserEverybodysAndRevokesThem() {
        String url = base.toString();
        LoginPage.open(driver, url).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        String plainsKey = SettingsPage.open(driver, url, "keys").viewerKeys().create("Plain phone").shownKey();
        List<String> plainSees = SettingsPage.open(driver, url, "keys").viewerKeys().rows();
        assertEquals(1, plainSees.size(), "only their own: " + plainSees);
        assertTrue(plainSees.get(0).startsWith("Plain phone | plain | "));

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, url).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        ViewerKeysTab owner = SettingsPage.open(driver, url, "keys").viewerKeys();
        assertTrue(owner.rows().stream().anyMatch(row -> row.startsWith("Plain phone | plain | ")), owner.rows().toString());
        owner = owner.revoke("Plain phone");
        assertTrue(owner.messages().stream().anyMatch(m -> m.startsWith("Viewer key revoked")), owner.messages().toString());
        assertFalse(owner.rows().stream().anyMatch(row -> row.startsWith("Plain phone")));
        assertEquals(401, RawHttp.to(base).from("127.0.0.12").get("/photo_feed?key=" + plainsKey, java.util.Map.of()).status());
    }
}
