package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.ApiTab;
import it.org.camsrv.ui.pages.ConfigurationTab;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.ParametersTab;
import it.org.camsrv.ui.pages.SettingsPage;
import it.org.camsrv.ui.pages.UsersTab;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camsrv.settings.RaspiCamSrvConfigFolder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A raspiCamSrv owner brings the stored settings over: the Users tab imports raspiCamSrv's config folder, the
 * message says what was taken and what not, the Parameters and API tabs show the values, the Configuration tab
 * lists them as unsaved changes with the start option set, and raspiCamSrv's files are as they were.
 */
@ExtendWith(ArquillianExtension.class)
class ImportSettingsUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("import-settings");
    /** raspiCamSrv's secrets file as raspiCamSrv leaves it: its HS256 key only. */
    private static final Path RASPI_SECRETS = DATA.resolve("home/pi/.secrets/raspiCamSrv.secrets");
    private static final String RASPI_KEY = "9f".repeat(32);
    private static final Path RASPI_CONFIG = DATA.resolve("home/pi/prg/raspi-cam-srv/raspiCamSrv/static/config");

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        Files.createDirectories(RASPI_SECRETS.getParent());
        Files.writeString(RASPI_SECRETS, "{\"jwtSecrets\": {\"jwtSecretKey\": \"" + RASPI_KEY + "\"}}");
        // The presets: API allowed without a secrets file, 60 minutes, 30 days; jpg photos, streaming needs a login.
        return CamsrvArchive.withDataDirectory(DATA).admin("owner", "owner-password").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void theOwnerImportsRaspiCamSrvsStoredSettingsAsUnsavedChanges() throws Exception {
        String url = base.toString();
        Path folder = RaspiCamSrvConfigFolder.realistic(RASPI_SECRETS).writeTo(RASPI_CONFIG, true);
        byte[] before = Files.readAllBytes(folder.resolve("serverConfig.json"));

        LoginPage.open(driver, url).logIn("owner", "owner-password");
        UsersTab users = SettingsPage.open(driver, url, "users").users();
        users.importSettingsFrom(folder.toString());
        String summary = users.messages().stream().filter(m -> m.startsWith("Taken from ")).findFirst()
                .orElseThrow(() -> new AssertionError("no summary among " + users.messages()));
        for (String part : List.of("Taken from " + folder.resolve("serverConfig.json") + ": ", "Photo type: png",
                "Req. Auth for Streaming: off", "JWT Secret Key File Path: " + RASPI_SECRETS + " (New JWT secret key generated)",
                "Access Token Expiration in Minutes: 30", "Refresh Token Expiration in Days: 7",
                "Start server with stored Configuration: on", "Video type: mp4",
                RaspiCamSrvConfigFolder.otherKeys() + " other settings have no CamSrv equivalent and were left",
                "Store Configuration to keep what was taken")) {
            assertTrue(summary.contains(part), "'" + part + "' in: " + summary);
        }

        ParametersTab parameters = SettingsPage.open(driver, url, "parameters").parameters();
        assertTrue(parameters.apiAllowed());
        assertEquals("png", parameters.chosen("photoType"));
        assertEquals("dng", parameters.chosen("rawPhotoType"));
        assertEquals("mp4", parameters.chosen("videoType"), "raspiCamSrv's mp4 is taken");
        assertFalse(summary.contains("Not taken"), summary);
        assertFalse(parameters.streamingNeedsLogin());

        ApiTab api = SettingsPage.open(driver, url, "api").api();
        assertEquals(RASPI_SECRETS.toString(), api.path());
        assertEquals("30", api.minutes());
        assertEquals("7", api.days());

        ConfigurationTab configuration = SettingsPage.open(driver, url, "configuration").configuration();
        assertEquals(List.of("Photo type: jpg → png", "Req. Auth for Streaming: on → off",
                "JWT Secret Key File Path: (none) → " + RASPI_SECRETS, "Access Token Expiration in Minutes: 60 → 30",
                "Refresh Token Expiration in Days: 30 → 7"), configuration.unsavedChanges());
        assertTrue(configuration.startsWithStored(), "raspiCamSrv's _loadConfigOnStart.txt sets the start option");
        assertFalse(Files.exists(DATA.resolve("config/serverConfig.json")), "nothing is stored before Store Configuration");

        assertArrayEquals(before, Files.readAllBytes(folder.resolve("serverConfig.json")), "raspiCamSrv's file is only read");
        assertEquals(0, Files.size(folder.resolve("_loadConfigOnStart.txt")), "and its marker too");
        JsonObject secrets;
        try (var reader = Json.createReader(new StringReader(Files.readString(RASPI_SECRETS)))) {
            secrets = reader.readObject().getJsonObject("jwtSecrets");
        }
        assertEquals(RASPI_KEY, secrets.getString("jwtSecretKey"), "raspiCamSrv's key is kept beside CamSrv's key pair");
        assertTrue(secrets.containsKey("jwtPrivateKey"));

        configuration.store(true);
        configuration = SettingsPage.open(driver, url, "configuration").configuration();
        assertTrue(configuration.unsavedChanges().isEmpty(), configuration.unsavedChanges().toString());
        assertTrue(Files.readString(DATA.resolve("config/serverConfig.json")).contains(RASPI_SECRETS.toString()));
    }

    @Test
    void aFileThatIsNotRaspiCamSrvsJsonGetsAMessageNextToTheField() throws Exception {
        Path notes = Files.writeString(DATA.resolve("notes.json"), "[\"not\", \"an\", \"object\"]");
        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        UsersTab users = SettingsPage.open(driver, base.toString(), "users").users();
        users.importSettingsFrom(notes.toString());
        assertEquals(notes + " does not hold a JSON object ({...})", users.fieldError("importSettings:folder"));
        assertEquals("[\"not\", \"an\", \"object\"]", Files.readString(notes));

        users.importSettingsFrom("raspi-cam-srv/raspiCamSrv/static/config");
        assertEquals("Please give the full path, starting with /", users.fieldError("importSettings:folder"));
    }
}
