package it.org.camsrv.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import it.org.camsrv.support.ApiAssertions;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camsrv.secrets.SecretsFile;
import org.camsrv.settings.ApiSettings;
import org.camsrv.settings.ConfigurationStore;
import org.camsrv.settings.ServerConfiguration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed's restart semantics: settings stored while the server runs change nothing until a
 * start with stored configuration; a new key at a start ends every older token. Each start is a
 * fresh deployment of the same app on the same data directory.
 */
@ExtendWith(ArquillianExtension.class)
class RestartSemanticsIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("restart");
    private static final Path SECRETS = DATA.resolve("home/.secrets/raspiCamSrv.secrets");
    private static final String APP = "app";

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA).admin("owner", "owner-password").build();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void storedSettingsTakeEffectOnlyAtTheNextStartAndANewKeyEndsOldTokens() throws Exception {
        ApiClient api = new ApiClient(new URL("http://localhost:" + System.getProperty("it.http.port") + "/"));
        ApiSettings submitted = new ApiSettings(true, SECRETS.toString(), 15, 1);
        // Only stores here: the presets it would fill a lacking file with never come into play.
        ConfigurationStore store = new ConfigurationStore(DATA.resolve("config"), submitted);
        String login = "{\"username\": \"owner\", \"password\": \"owner-password\"}";

        deployer.deploy(APP);
        ApiAssertions.assertNotActive(api.post("api/login", login, null));

        // What Submit, Store Configuration and "Start server with stored Configuration" write.
        new SecretsFile(SECRETS).prepare();
        store.store(new ServerConfiguration(submitted));
        store.setStartWithStoredConfiguration(true);
        ApiAssertions.assertNotActive(api.post("api/login", login, null));

        restart();
        String first = api.login("owner", "owner-password").getString("access_token");
        assertEquals(200, api.get("api/protected", first).status());

        // A restart with the same key keeps tokens working.
        restart();
        assertEquals(200, api.get("api/protected", first).status());

        // raspiCamSrv owners rotate jwtSecretKey to end all tokens; that works here too.
        replaceSecretKey();
        restart();
        ApiAssertions.assertRefused(api.get("api/protected", first), "Signature verification failed");
        String second = api.login("owner", "owner-password").getString("access_token");
        assertEquals(200, api.get("api/protected", second).status());

        // A new key pair (the file removed and made again) ends them as well.
        Files.delete(SECRETS);
        new SecretsFile(SECRETS).prepare();
        restart();
        ApiAssertions.assertRefused(api.get("api/protected", second), "Signature verification failed");

        // Without "start with stored configuration" a start uses the presets: here, no API.
        store.setStartWithStoredConfiguration(false);
        restart();
        ApiAssertions.assertNotActive(api.post("api/login", login, null));
        deployer.undeploy(APP);
    }

    private void restart() {
        deployer.undeploy(APP);
        deployer.deploy(APP);
    }

    private static void replaceSecretKey() throws IOException {
        JsonObject secrets = Json.createReader(Files.newBufferedReader(SECRETS)).readObject();
        JsonObject section = secrets.getJsonObject("jwtSecrets");
        String rotated = "0".repeat(64);
        assertNotEquals(rotated, section.getString("jwtSecretKey"));
        JsonObject changed = Json.createObjectBuilder(secrets)
                .add("jwtSecrets", Json.createObjectBuilder(section).add("jwtSecretKey", rotated)).build();
        Files.writeString(SECRETS, changed.toString(), StandardCharsets.UTF_8);
    }
}
