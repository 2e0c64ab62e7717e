package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiAssertions;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.ApiTab;
import it.org.camsrv.ui.pages.ConfigurationTab;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.SettingsPage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflow the product was asked for, in a real browser: point the server at a secrets
 * file, store, restart, see the green line, generate a token for a script, and watch the status
 * line follow later changes. Saves a screenshot of each status under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class SeedWorkflowUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("seed-ui");
    private static final Path SECRETS = DATA.resolve("home/pi/.secrets/raspiCamSrv.secrets");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA).admin("owner", "owner-password").build();
    }

    @ArquillianResource
    URL base;


    @Test
    void ownerActivatesTheApiAndGeneratesATokenForAScript() throws Exception {
        String url = base.toString();
        ApiClient api = new ApiClient(base);
        LoginPage.open(driver, url).logIn("owner", "owner-password");

        ApiTab tab = SettingsPage.open(driver, url, "api").api();
        assertEquals("red", tab.statusColour());
        assertTrue(tab.statusText().contains("API not active. Please specify JWT authentication settings"), tab.statusText());
        assertTrue(tab.tooltip("path").contains("secrets file"));
        assertTrue(tab.source().contains("/home/&lt;user&gt;/.secrets/raspiCamSrv.secrets"), "recommended path shown");
        Browser.screenshot(driver, "api-1-not-active");

        tab = tab.submit(SECRETS.toString(), "30", "2");
        assertEquals("yellow", tab.statusColour());
        assertTrue(tab.statusText().contains(
                "To activate the API, store configuration and restart server with stored configuration"), tab.statusText());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(SECRETS)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(SECRETS.getParent())));
        Browser.screenshot(driver, "api-2-to-activate");
        ApiInactive.assertNotActive(api);

        ConfigurationTab configuration = SettingsPage.open(driver, url, "configuration").configuration();
        assertTrue(configuration.unsavedChanges().stream().anyMatch(c -> c.startsWith("JWT Secret Key File Path")),
                configuration.unsavedChanges().toString());
        configuration.store(true);
        configuration = SettingsPage.open(driver, url, "configuration").configuration();
        assertTrue(configuration.unsavedChanges().isEmpty());
        String stored = Files.readString(DATA.resolve("config/serverConfig.json"));
        assertTrue(stored.contains(SECRETS.toString()));
        assertFalse(stored.contains(jwtSecretKey()), "the stored configuration never holds the key");

        configuration.restartServer();
        if (new LoginPage(driver, url).isShown()) {
            new LoginPage(driver, url).logIn("owner", "owner-password");
        }
        tab = SettingsPage.open(driver, url, "api").api();
        assertEquals("green", tab.statusColour());
        assertTrue(tab.statusText().contains("API is active"), tab.statusText());
        Browser.screenshot(driver, "api-3-active");

        String token = tab.generate("home-assistant");
        Browser.screenshot(driver, "api-4-token-generated");
        tab.copyToken();
        assertFalse(tab.copyResult().isBlank());
        assertEquals(200, api.get("api/protected", token).status());
        assertEquals(java.util.List.of("home-assistant"), tab.tokenNames());

        driver.navigate().refresh();
        tab = new SettingsPage(driver, url).api();
        assertFalse(tab.showsAToken());
        assertFalse(tab.source().contains(token), "the token is gone after a reload");

        tab = tab.submit(SECRETS.toString(), "45", "2");
        assertEquals("yellow", tab.statusColour());
        assertTrue(tab.statusText().contains(
                "To update token expiration, store configuration and restart server with stored configuration"));
        Browser.screenshot(driver, "api-5-update-expiration");

        tab = tab.submit("", "45", "2");
        assertEquals("yellow", tab.statusColour());
        assertTrue(tab.statusText().contains(
                "To deactivate the API, store configuration and restart server with stored configuration"));
        Browser.screenshot(driver, "api-6-to-deactivate");

        tab.revoke("home-assistant");
        assertTrue(tab.tokenNames().isEmpty());
        ApiAssertions.assertRefused(api.get("api/protected", token), "Token has been revoked");
    }

    private static String jwtSecretKey() throws Exception {
        try (var reader = jakarta.json.Json.createReader(Files.newBufferedReader(SECRETS))) {
            return reader.readObject().getJsonObject("jwtSecrets").getString("jwtSecretKey");
        }
    }

    /** The API answers 503 while the server has not restarted with the new settings. */
    private static final class ApiInactive {
        static void assertNotActive(ApiClient api) {
            ApiAssertions.assertNotActive(
                    api.post("api/login", "{\"username\": \"owner\", \"password\": \"owner-password\"}", null));
        }
    }
}
