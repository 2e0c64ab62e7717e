package it.org.camsrv.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAR alone in somebody's own Open Liberty: a new server made exactly as the README's "Deploying the
 * WAR into your own Liberty" says (the fragment copied beside server.xml and included, the WAR under
 * the name camsrv, a context root of the user's choice), on the runtime the build already unpacked.
 */
class PlainLibertyIT {

    private static final Path WLP = Path.of(System.getProperty("it.wlp", "target/liberty/wlp"));
    private static final Path WAR = Path.of(System.getProperty("it.war", "target/camsrv.war"));
    private static final Path FRAGMENT = Path.of(System.getProperty("it.fragment", "liberty/config/camsrv-fragment.xml"));
    private static final String SERVER = "camsrvPlain";

    @TempDir
    Path work;

    @Test
    void theWarRunsInAPlainServerConfiguredFromTheFragment() throws Exception {
        int port = LibertyProcess.freePort();
        Path serverDir = WLP.resolve("usr/servers/" + SERVER);
        deleteRecursively(serverDir);
        Files.createDirectories(serverDir.resolve("apps"));
        Files.copy(FRAGMENT, serverDir.resolve("camsrv-fragment.xml"));
        Files.copy(WAR, serverDir.resolve("apps/camsrv.war"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(serverDir.resolve("server.xml"), """
                <server description="Somebody's own server">
                    <include location="camsrv-fragment.xml"/>
                    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="%d" httpsPort="-1"/>
                    <webApplication location="camsrv.war" contextRoot="/camsrv"/>
                </server>
                """.formatted(port));

        Map<String, String> environment = Map.of(
                "CAMSRV_DATA_DIR", work.resolve("data").toString(),
                "CAMSRV_ADMIN_USER", "owner",
                "CAMSRV_ADMIN_PASSWORD", "owner-password",
                "CAMSRV_API_SECRETS_FILE", work.resolve("secrets/camsrv.secrets").toString(),
                "CAMSRV_CAMERA", "simulated");
        String base = "http://localhost:" + port;
        try (LibertyProcess server = LibertyProcess.start(
                List.of(WLP.resolve("bin/server").toString(), "run", SERVER), environment, work.resolve("plain.log"))) {
            double seconds = server.secondsUntilOk(base + "/health/ready", Duration.ofSeconds(180));
            System.out.printf("FIGURE WAR in a plain Liberty: ready after %.1f s%n", seconds);

            var login = LibertyProcess.postJson(base + "/camsrv/api/login",
                    "{\"username\": \"owner\", \"password\": \"owner-password\"}");
            assertEquals(200, login.statusCode(), login.body());
            assertTrue(login.body().contains("access_token"), login.body());

            var settings = LibertyProcess.get(base + "/camsrv/settings");
            assertEquals(200, settings.statusCode(), "led to the login page");
            assertTrue(settings.body().contains("Log In"), settings.body());
        } finally {
            // "server run" leaves its Java process running when the script is signalled; stop it properly.
            new ProcessBuilder(WLP.resolve("bin/server").toString(), "stop", SERVER).inheritIO().start()
                    .waitFor(90, java.util.concurrent.TimeUnit.SECONDS);
            deleteRecursively(serverDir);
        }
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
