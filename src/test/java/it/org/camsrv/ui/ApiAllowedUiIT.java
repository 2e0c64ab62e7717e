package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiAssertions;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.SettingsPage;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Unchecking Allow access through API hides the API tab and, after a restart, closes the API. */
@ExtendWith(ArquillianExtension.class)
class ApiAllowedUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("api-allowed");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA)
                .build();
    }

    @ArquillianResource
    URL base;


    @Test
    void apiTabDisappearsAndTheApiCloses() {
        String url = base.toString();
        ApiClient api = new ApiClient(base);
        String token = api.login("owner", "owner-password").getString("access_token");
        LoginPage.open(driver, url).logIn("owner", "owner-password");
        SettingsPage settings = SettingsPage.open(driver, url, "parameters");
        assertTrue(settings.tabs().contains("API"), settings.tabs().toString());

        settings.parameters().allowApi(false);
        settings = SettingsPage.open(driver, url, "api");
        assertFalse(settings.tabs().contains("API"), settings.tabs().toString());
        assertEquals("parameters", settings.openTab());
        assertEquals(200, api.get("api/protected", token).status(), "still active until the restart");

        settings = SettingsPage.open(driver, url, "configuration");
        settings.configuration().store(true);
        settings.configuration().restartServer();
        ApiAssertions.assertNotActive(api.get("api/protected", token));
    }
}
