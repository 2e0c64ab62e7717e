package org.camsrv.settings;

import static org.camsrv.settings.StoreConfigurationLoop.A;
import static org.camsrv.settings.StoreConfigurationLoop.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camsrv.secrets.SecretsFile;
import org.camsrv.secrets.SecretsFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process with SIGKILL while it stores configurations, the start option and the secrets
 * file, then starts from what it left: every file must be the old or the new version, never torn,
 * and the next store must work. A random moment per kill; the seed is in every failure message.
 */
class StoreConfigurationKillTest {

    private static final int KILLS = 25;
    /** Names AtomicFiles gives its temporary files: a dot, the target's name, 12 hex digits, ".tmp". */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(serverConfig\\.json|startup\\.json|raspiCamSrv\\.secrets)\\.[0-9a-f]{12}\\.tmp");

    @TempDir
    Path data;

    @TempDir
    Path reference;

    private byte[] configurationA;
    private byte[] configurationB;
    private byte[] startupTrue;
    private byte[] startupFalse;

    @Test
    void killedWhileStoringLeavesTheOldOrTheNewVersionOfEveryFile() throws Exception {
        writeReferenceFiles();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int leftovers = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            String context = "kill " + kill + " of " + KILLS + " (seed " + seed + ")";
            killWhileStoring(5 + random.nextInt(146), context);
            checkConfiguration(context);
            checkSecrets(context);
            int now = temporaryFiles(context);
            assertTrue(now <= leftovers + 1, context + ": one write was in flight, yet " + (now - leftovers) + " temporary files appeared");
            leftovers = now;
            storeAgain(kill, context);
        }
    }

    private void killWhileStoring(int millis, String context) throws Exception {
        Path log = data.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StoreConfigurationLoop.class.getName(), data.resolve("camsrv").toString())
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        try {
            CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> readLine(child));
            String line;
            try {
                line = firstLine.get(20, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                line = "(nothing within 20 s)";
            }
            if (!StoreConfigurationLoop.READY.equals(line)) {
                fail(context + ": the child did not get ready, it said " + line + "; its stderr: " + Files.readString(log));
            }
            Thread.sleep(millis);
            assertTrue(child.isAlive(), context + ": the child stopped by itself; its stderr: " + Files.readString(log));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), context + ": the child survived SIGKILL");
        }
        assertEquals(128 + 9, child.exitValue(), context + ": the child did not die of SIGKILL");
    }

    private static String readLine(Process child) {
        try {
            return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Both files are byte-for-byte one of the two versions the loop writes, and load as such. */
    private void checkConfiguration(String context) throws Exception {
        ConfigurationStore store = store();
        byte[] configuration = Files.readAllBytes(store.configurationFile());
        boolean isA = Arrays.equals(configurationA, configuration);
        assertTrue(isA || Arrays.equals(configurationB, configuration),
                context + ": serverConfig.json is neither A nor B (" + configuration.length + " bytes)");
        assertEquals(Optional.of(isA ? A : B), store.load(), context);
        byte[] startup = Files.readAllBytes(store.startupFile());
        boolean isTrue = Arrays.equals(startupTrue, startup);
        assertTrue(isTrue || Arrays.equals(startupFalse, startup),
                context + ": startup.json is neither true nor false: " + new String(startup, StandardCharsets.UTF_8));
        assertEquals(isTrue, store.startsWithStoredConfiguration(), context);
        assertOwnerOnly(store.configurationFile(), context);
        assertOwnerOnly(store.startupFile(), context);
    }

    /**
     * The secrets file is either exactly what the other program wrote in some round, or that
     * round's content completed by prepare(); either way prepare() works on it.
     */
    private void checkSecrets(String context) throws Exception {
        Path path = StoreConfigurationLoop.secretsFile(data.resolve("camsrv"));
        assertOwnerOnly(path, context);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException e) {
            throw new AssertionError(context + ": the secrets file is not JSON (" + text.length() + " chars)", e);
        }
        JsonObject round = StoreConfigurationLoop.incomplete(json.getJsonObject("eventnotification").getJsonNumber("round").longValue());
        SecretsFile secrets = new SecretsFile(path);
        try {
            secrets.prepare();
        } catch (SecretsFileException e) {
            throw new AssertionError(context + ": prepare() refuses the secrets file: " + e.getMessage(), e);
        }
        String after = Files.readString(path, StandardCharsets.UTF_8);
        if (!after.equals(text)) {
            assertEquals(round.toString(), text, context + ": an incomplete secrets file that the other program did not write");
        }
        JsonObject completed = Json.createReader(new StringReader(after)).readObject();
        assertEquals(round.get("eventnotification"), completed.get("eventnotification"), context);
        assertEquals(StoreConfigurationLoop.RASPI_SECRET, completed.getJsonObject("jwtSecrets").getString("jwtSecretKey"), context);
        assertEquals(3, completed.getJsonObject("jwtSecrets").size(), context);
    }

    /**
     * A kill skips AtomicFiles' clean-up, so a temporary file may stay. It must carry AtomicFiles'
     * name (which no load reads) and be owner-only: a half-written copy of the secrets file is still secret.
     */
    private int temporaryFiles(String context) throws IOException {
        Path camsrv = data.resolve("camsrv");
        List<Path> left;
        try (Stream<Path> config = Files.list(StoreConfigurationLoop.configFolder(camsrv));
                Stream<Path> secrets = Files.list(StoreConfigurationLoop.secretsFile(camsrv).getParent())) {
            left = Stream.concat(config, secrets)
                    .filter(p -> !List.of("serverConfig.json", "startup.json", "raspiCamSrv.secrets")
                            .contains(p.getFileName().toString()))
                    .toList();
        }
        for (Path file : left) {
            assertTrue(TEMPORARY.matcher(file.getFileName().toString()).matches(), context + ": unexpected file " + file);
            assertOwnerOnly(file, context);
        }
        return left.size();
    }

    /** What a restarted server does next: store, flip the option, and find both back. */
    private void storeAgain(int kill, String context) throws Exception {
        ServerConfiguration next = kill % 2 == 0 ? A : B;
        store().store(next);
        store().setStartWithStoredConfiguration(kill % 2 == 0);
        assertEquals(Optional.of(next), store().load(), context);
        assertEquals(kill % 2 == 0, store().startsWithStoredConfiguration(), context);
    }

    private ConfigurationStore store() {
        return new ConfigurationStore(StoreConfigurationLoop.configFolder(data.resolve("camsrv")), Presets.API);
    }

    private void writeReferenceFiles() throws Exception {
        ConfigurationStore store = new ConfigurationStore(reference, Presets.API);
        store.store(A);
        configurationA = Files.readAllBytes(store.configurationFile());
        store.store(B);
        configurationB = Files.readAllBytes(store.configurationFile());
        store.setStartWithStoredConfiguration(true);
        startupTrue = Files.readAllBytes(store.startupFile());
        store.setStartWithStoredConfiguration(false);
        startupFalse = Files.readAllBytes(store.startupFile());
    }

    private static void assertOwnerOnly(Path file, String context) throws IOException {
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS),
                context + ": " + file.getFileName());
    }
}
