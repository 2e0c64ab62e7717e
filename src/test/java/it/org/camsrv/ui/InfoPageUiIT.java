package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.security.PlainUser;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.InfoPage;
import it.org.camsrv.ui.pages.LoginPage;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Info page says what /api/info says about the camera, the versions under CamSrv and the room on
 * the disk; the owner also sees where the data and the secrets file are, a plain user no path at all.
 */
@ExtendWith(ArquillianExtension.class)
class InfoPageUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("info-page");
    private static final String SECRETS = CamsrvArchive.secretsFileIn(DATA).toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA).with("camsrv.api.secrets.file", SECRETS).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void theOwnerSeesTheSimulatedCameraAndWhyVersionsDiskSpaceAndPaths() {
        ApiClient api = new ApiClient(base);
        String token = api.login(PlainUser.OWNER, PlainUser.OWNER_PASSWORD).getString("access_token");
        JsonObject apiInfo = api.get("api/info", token).json().getJsonObject("message");
        LoginPage.open(driver, base.toString()).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        InfoPage info = InfoPage.open(driver, base.toString());
        Map<String, String> facts = info.facts();
        Browser.screenshot(driver, "info-owner");

        assertEquals(apiInfo.getString("version"), "CamSrv " + facts.get("Server / CamSrv"), facts.toString());
        assertTrue(facts.get("Server / Open Liberty").matches("\\d+(\\.\\d+)+"), facts.toString());
        assertTrue(facts.get("Server / Java").matches("\\d+\\S* \\(.+\\)"), facts.toString());
        assertEquals("yes", facts.get("Camera 0 / Simulated"), facts.toString());
        assertEquals("simulated camera, because " + apiInfo.getString("camera_choice"), facts.get("Cameras / Why these cameras"));
        assertEquals("yes", facts.get("Camera 0 / Active"), facts.toString());
        assertTrue(facts.get("Storage / Free disk space").matches(".+ of .+ \\(\\d+ %\\)"), facts.toString());
        assertEquals(DATA.toString(), facts.get("Storage / Data folder"));
        assertEquals(DATA.resolve("media").toString(), facts.get("Storage / Media folder"));
        assertEquals("active", facts.get("API / API"), facts.toString());
        assertEquals(SECRETS, facts.get("API / Secrets file"));
        assertFalse(info.saysPathsAreHidden());

        String said = info.copyAsText();
        assertTrue(List.of("Copied", "Press Ctrl+C to copy").contains(said), said);
        String text = info.text();
        assertTrue(text.contains("  Free disk space: " + facts.get("Storage / Free disk space")), text);
        assertTrue(text.contains("  Data folder: " + DATA), text);
        assertTrue(text.contains("  Why these cameras: simulated camera, because "), text);
    }

    @Test
    void aPlainUserSeesEverythingButThePaths() {
        LoginPage.open(driver, base.toString()).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        InfoPage info = InfoPage.open(driver, base.toString());
        Map<String, String> facts = info.facts();
        Browser.screenshot(driver, "info-plain-user");

        assertTrue(facts.get("Cameras / Why these cameras").startsWith("simulated camera, because "), facts.toString());
        assertTrue(facts.get("Storage / Free disk space").matches(".+ of .+ \\(\\d+ %\\)"), facts.toString());
        assertTrue(facts.containsKey("Storage / Media folder size") && facts.containsKey("Server / Open Liberty"), facts.toString());
        assertFalse(facts.containsKey("Storage / Data folder") || facts.containsKey("Storage / Media folder")
                || facts.containsKey("API / Secrets file"), facts.toString());
        assertTrue(info.cells().stream().noneMatch(cell -> cell.startsWith("/")), info.cells().toString());
        assertTrue(info.saysPathsAreHidden());
        assertFalse(info.source().contains(DATA.toString()), "the data folder's path is nowhere on the page");
        assertFalse(info.text().contains(DATA.toString()), info.text());
    }
}
