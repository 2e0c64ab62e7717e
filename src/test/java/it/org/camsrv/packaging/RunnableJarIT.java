package it.org.camsrv.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, started both ways the README gives: by hand with {@code java -jar} (a small launcher JVM
 * that unpacks Liberty and runs the server as its child) and as deploy/camsrv.service does, through
 * deploy/camsrv-start (unpacked once, then the server alone). Both run with the packaged, Pi-tuned
 * jvm.options and everything else from the environment, and print start time and memory.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("it.jar", "target/camsrv.jar"));
    /** The launcher only unpacks and waits; these keep it small (the README and the service use the same). */
    static final List<String> LAUNCHER_OPTIONS = List.of("-Xmx16m", "-Xss256k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path work;

    @Test
    void startsFromTheJarAndIsReady() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "mvn package builds " + JAR);
        int port = LibertyProcess.freePort();
        String base = "http://localhost:" + port;
        Map<String, String> environment = new HashMap<>(environment(port));
        environment.put("WLP_JAR_EXTRACT_ROOT", work.resolve("extract").toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString()));
        try (LibertyProcess server = LibertyProcess.start(command, environment, work.resolve("jar-output.log"))) {
            double readySeconds = server.secondsUntilOk(base + "/health/ready", Duration.ofSeconds(180));
            Thread.sleep(2000); // let start-up work settle before measuring memory
            System.out.printf("FIGURE runnable jar: ready after %.1f s, RSS %.0f MB (launcher %.0f MB + server %.0f MB)%n",
                    readySeconds, server.residentMegabytesWithChildren(), server.residentMegabytes(),
                    server.residentMegabytesWithChildren() - server.residentMegabytes());
            assertTrue(server.childArguments().contains("-Xmx128m"), "the server runs with the packaged jvm.options");

            assertReadyAndOpen(base);
            assertTrue(Files.isRegularFile(work.resolve("data/logs/messages.log")), "logs rotate under the data directory");
            for (Path folder : List.of(work.resolve("data"), work.resolve("data/logs"))) {
                assertEquals("rwx------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(folder)), folder + " is owner-only, though Liberty made it");
            }
        }
    }

    @Test
    void startsThroughTheServiceScriptAsTheServerItselfWithoutUnpackingTwice() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "mvn package builds " + JAR);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")),
                "RunnableJarIT's service start skipped: deploy/camsrv-start needs unzip (apt-get install unzip)");
        int port = LibertyProcess.freePort();
        String base = "http://localhost:" + port;
        List<String> command = List.of(Path.of("deploy/camsrv-start").toAbsolutePath().toString(), JAR.toAbsolutePath().toString());
        Map<String, String> environment = new HashMap<>(environment(port));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        Path unpacked = work.resolve("data/server/current/wlp");

        try (LibertyProcess first = LibertyProcess.start(command, environment, work.resolve("first-start.log"))) {
            first.secondsUntilOk(base + "/health/ready", Duration.ofSeconds(180));
        }
        assertTrue(Files.isExecutable(unpacked.resolve("bin/server")), "the first start unpacked the jar into the data directory");
        Path kept = Files.writeString(unpacked.resolve("usr/servers/camsrv/kept-across-starts"), "x");

        try (LibertyProcess server = LibertyProcess.start(command, environment, work.resolve("second-start.log"))) {
            double readySeconds = server.secondsUntilOk(base + "/health/ready", Duration.ofSeconds(180));
            Thread.sleep(2000);
            System.out.printf("FIGURE service start (deploy/camsrv-start, a restart): ready after %.1f s, RSS %.0f MB%n",
                    readySeconds, server.residentMegabytesWithChildren());
            assertTrue(Files.exists(kept), "a restart runs the unpacked server and does not unpack again");
            assertTrue(server.arguments().contains("-Xmx128m"), "the script's process became the server JVM: "
                    + server.arguments());
            assertEquals(List.of(), server.childArguments(), "no launcher and no child process beside the server");
            assertReadyAndOpen(base);
        }
    }

    private Map<String, String> environment(int port) {
        return Map.of(
                "HTTP_PORT", Integer.toString(port),
                "HTTPS_PORT", Integer.toString(LibertyProcess.freePort()),
                "CAMSRV_DATA_DIR", work.resolve("data").toString(),
                "CAMSRV_ADMIN_USER", "owner",
                "CAMSRV_ADMIN_PASSWORD", "owner-password",
                "CAMSRV_API_SECRETS_FILE", work.resolve("secrets/camsrv.secrets").toString());
    }

    private static void assertReadyAndOpen(String base) {
        JsonObject ready = json(LibertyProcess.get(base + "/health/ready").body());
        assertEquals("UP", ready.getString("status"), ready.toString());
        assertEquals(200, LibertyProcess.get(base + "/health/live").statusCode());

        var login = LibertyProcess.postJson(base + "/api/login",
                "{\"username\": \"owner\", \"password\": \"owner-password\"}");
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(json(login.body()).containsKey("access_token"), login.body());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
