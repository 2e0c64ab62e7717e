package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.SettingsPage;
import it.org.camsrv.ui.pages.UsersTab;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.camsrv.migration.RaspiCamSrvDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A raspiCamSrv owner switches: CamSrv runs on raspiCamSrv's secrets file as it is, the Users tab imports
 * raspiCamSrv's database (hashes made by werkzeug), the users log in to the API with their old passwords,
 * and their hashes are CamSrv's after.
 */
@ExtendWith(ArquillianExtension.class)
class ImportUsersUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("import-users");
    /** raspiCamSrv's secrets file as raspiCamSrv leaves it: its HS256 key, and mail settings beside it. */
    private static final Path RASPI_SECRETS = DATA.resolve("home/pi/.secrets/raspiCamSrv.secrets");
    private static final String RASPI_KEY = "9f".repeat(32);
    private static final String MAIL = "{\"mailServer\": \"smtp.example.org\", \"password\": \"mail-password\"}";

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        Files.createDirectories(RASPI_SECRETS.getParent());
        Files.writeString(RASPI_SECRETS, "{\"jwtSecrets\": {\"jwtSecretKey\": \"" + RASPI_KEY + "\"}, "
                + "\"eventnotification\": " + MAIL + "}");
        return CamsrvArchive.withDataDirectory(DATA).admin("owner", "owner-password")
                .with("camsrv.api.secrets.file", RASPI_SECRETS.toString()).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void raspiCamSrvUsersLogInWithTheirOldPasswords() throws Exception {
        Path raspiCamSrv = RaspiCamSrvDatabase.create(DATA.resolve("instance-raspiCamSrv.sqlite"))
                .user("pi", RaspiCamSrvDatabase.SECRET_PBKDF2, true, false)
                .user("bob", RaspiCamSrvDatabase.SECRET_SCRYPT, false, false)
                .user("carol", RaspiCamSrvDatabase.NON_ASCII_PBKDF2, false, true)
                .file();
        byte[] before = Files.readAllBytes(raspiCamSrv);

        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        UsersTab users = SettingsPage.open(driver, base.toString(), "users").users();
        users.importFrom(raspiCamSrv.toString());
        assertTrue(users.messages().stream().anyMatch(m -> m.startsWith("3 users imported")), users.messages().toString());
        assertTrue(users.rows().stream().anyMatch(row -> row.endsWith("pi no yes")), users.rows().toString());
        assertTrue(users.rows().stream().anyMatch(row -> row.endsWith("carol yes no")), users.rows().toString());

        users.importFrom(raspiCamSrv.toString());
        assertTrue(users.messages().stream().anyMatch(m -> m.startsWith("No user imported")), users.messages().toString());

        ApiClient api = new ApiClient(base);
        assertTrue(api.login("bob", "secret").containsKey("access_token"));
        assertTrue(api.login("pi", "secret").containsKey("access_token"));
        Answer carol = api.post("api/login", "{\"username\": \"carol\", \"password\": \"pässwörd✓\"}", null);
        assertEquals(401, carol.status(), "an Initial user changes the password in the UI first: " + carol);
        assertEquals("Password change required. Please log in through UI!", carol.json().getString("error"));

        assertFalse(storedHash("bob").startsWith("scrypt:"), "rehashed at the first login");
        assertFalse(storedHash("pi").startsWith("pbkdf2:sha256:600000$"), "rehashed at the first login");
        assertArrayEquals(before, Files.readAllBytes(raspiCamSrv), "raspiCamSrv's database is only read");

        // raspiCamSrv's secrets file works as it is: its key and its other sections are kept beside CamSrv's key pair.
        jakarta.json.JsonObject secrets;
        try (var reader = jakarta.json.Json.createReader(Files.newBufferedReader(RASPI_SECRETS))) {
            secrets = reader.readObject();
        }
        assertEquals(RASPI_KEY, secrets.getJsonObject("jwtSecrets").getString("jwtSecretKey"));
        assertTrue(secrets.getJsonObject("jwtSecrets").containsKey("jwtPrivateKey"));
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(MAIL))) {
            assertEquals(reader.readObject(), secrets.getJsonObject("eventnotification"));
        }
    }

    @Test
    void aPathThatIsNoDatabaseGetsAMessageNextToTheField() throws Exception {
        Path notes = Files.writeString(DATA.resolve("notes.txt"), "not a database");
        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        UsersTab users = SettingsPage.open(driver, base.toString(), "users").users();
        users.importFrom(notes.toString());
        assertFalse(users.fieldError("import:database").isBlank(), "a message next to the field");
        assertEquals("not a database", Files.readString(notes));
    }

    private static String storedHash(String user) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + DATA.resolve("db/camsrv.sqlite"));
                PreparedStatement query = connection.prepareStatement("SELECT password_hash FROM users WHERE username = ?")) {
            query.setString(1, user);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), user);
                return row.getString(1);
            }
        }
    }
}
