package it.org.camsrv.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto broker for one test class, from Debian's package: a generated configuration,
 * password file and ACL in a temporary folder, a free port on the loopback, no persistence (a
 * restart forgets retained messages, as a broker that lost its disk would). Without the package the
 * calling tests are skipped with one line saying so.
 */
public final class Mosquitto implements AutoCloseable {

    private static final Path BROKER = Path.of("/usr/sbin/mosquitto");
    private static final Path PASSWD = Path.of("/usr/bin/mosquitto_passwd");

    /** CamSrv's own user: may publish and read its topics and the discovery prefix. */
    public static final String CAMSRV_USER = "camsrv";
    public static final String CAMSRV_PASSWORD = "broker-password-for-camsrv";
    /** Home Assistant's user: reads discovery and state, publishes commands. */
    public static final String HA_USER = "homeassistant";
    public static final String HA_PASSWORD = "broker-password-for-ha";

    private final Path folder;
    private final int port;
    private Process process;

    private Mosquitto(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** The one line a test skipped for want of Mosquitto says. */
    public static final String MISSING = "Mosquitto is not installed (apt-get install mosquitto mosquitto-clients): the MQTT tests are skipped";

    /** Starts one, or skips the calling test when Mosquitto is not installed. */
    public static Mosquitto start() {
        assumeTrue(isInstalled(), MISSING);
        return startIfInstalled();
    }

    public static boolean isInstalled() {
        return Files.isExecutable(BROKER) && Files.isExecutable(PASSWD);
    }

    /** For a deployment made before any test runs: a broker, or null without Mosquitto (the tests then assume it and skip). */
    public static Mosquitto startIfInstalled() {
        if (!isInstalled()) {
            return null;
        }
        try {
            Path folder = Files.createTempDirectory("camsrv-mosquitto-");
            Mosquitto broker = new Mosquitto(folder, freePort());
            broker.writeConfiguration();
            broker.run();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "mqtt://127.0.0.1:" + port;
    }

    public String clientUri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** As a crash would: no goodbye to any client. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Starts it again on the same port, with nothing retained. */
    public void restart() throws IOException {
        run();
    }

    private void writeConfiguration() throws IOException {
        Path passwords = folder.resolve("passwd");
        Files.createFile(passwords);
        passwd(passwords, CAMSRV_USER, CAMSRV_PASSWORD);
        passwd(passwords, HA_USER, HA_PASSWORD);
        Files.writeString(folder.resolve("acl"), String.join("\n",
                "user " + CAMSRV_USER, "topic readwrite camsrv/#", "topic readwrite homeassistant/#", "",
                "user " + HA_USER, "topic read homeassistant/#", "topic readwrite camsrv/#", ""));
        Files.writeString(folder.resolve("mosquitto.conf"), String.join("\n",
                "listener " + port + " 127.0.0.1", "allow_anonymous false", "password_file " + passwords,
                "acl_file " + folder.resolve("acl"), "persistence false", "user root",
                "log_dest file " + folder.resolve("mosquitto.log"), "log_type all", ""));
    }

    private void passwd(Path file, String user, String password) throws IOException {
        try {
            Process p = new ProcessBuilder(PASSWD.toString(), "-b", file.toString(), user, password)
                    .redirectErrorStream(true).redirectOutput(folder.resolve("passwd.out").toFile()).start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("mosquitto_passwd failed: " + Files.readString(folder.resolve("passwd.out")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void run() throws IOException {
        process = new ProcessBuilder(List.of(BROKER.toString(), "-c", folder.resolve("mosquitto.conf").toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("stdout").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("mosquitto ended at once: " + Files.readString(folder.resolve("stdout")));
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IOException("mosquitto did not listen on " + port + " within 10 s");
    }

    /** The broker's own log, for a failing test's message. */
    public String log() {
        try {
            return Files.readString(folder.resolve("mosquitto.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
