package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.camsrv.migration.RaspiCamSrvImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serverConfig.json as hostile input: every file that is not raspiCamSrv's JSON object is refused with a checked exception. */
class RaspiCamSrvConfigFileTest {

    private static final String NOT_JSON = " is not valid JSON (or is nested too deeply, or has an overlong number)";

    @TempDir
    Path dir;

    private String refusal(Path path) {
        return assertThrows(RaspiCamSrvImportException.class, () -> RaspiCamSrvSettings.read(path)).getMessage();
    }

    private String refusalOf(byte[] content) throws Exception {
        return refusal(Files.write(dir.resolve("serverConfig.json"), content));
    }

    private String refusalOf(String content) throws Exception {
        return refusalOf(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileOrAFolderWithoutOneIsNamed() throws Exception {
        Path missing = dir.resolve("nothing/serverConfig.json");
        assertEquals(missing + " does not exist", refusal(missing));
        Path empty = Files.createDirectory(dir.resolve("config"));
        assertEquals(empty.resolve("serverConfig.json") + " does not exist", refusal(empty));
    }

    @Test
    void aFileLargerThanOneMebibyteIsNotRead() throws Exception {
        String padded = "{\"_useAPI\": true, \"_pad\": \"" + "x".repeat(RaspiCamSrvConfigFile.MAX_BYTES) + "\"}";
        assertTrue(refusalOf(padded).endsWith("is larger than 1 MiB; raspiCamSrv's serverConfig.json is far smaller"));
    }

    @Test
    void whatIsNotOneJsonObjectInUtf8IsRefusedWithoutQuotingIt() throws Exception {
        Path file = dir.resolve("serverConfig.json");
        assertEquals(file + NOT_JSON, refusalOf("{\"_useAPI\": true, \"_secretWord\": swordfish}"));
        assertEquals(file + " does not hold a JSON object ({...})", refusalOf("[{\"_useAPI\": true}]"));
        assertEquals(file + " does not hold a JSON object ({...})", refusalOf("\"_useAPI\""));
        assertEquals(file + " is empty", refusalOf(" \n"));
        assertTrue(refusalOf("{\"_useAPI\": true} {\"_useAPI\": false}").startsWith(file + " is not valid JSON"));
        assertEquals(file + NOT_JSON, refusalOf("{\"_useAPI\": true"));
        assertEquals(file + " holds the same key twice", refusalOf("{\"_useAPI\": false, \"_useAPI\": true}"));
        byte[] latin1 = "{\"_locTzKey\": \"Zürich\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(file + " is not UTF-8 text, so it is not raspiCamSrv's JSON", refusalOf(latin1));
    }

    @Test
    void nestingIsWalkedWithoutRecursionAndRefusedBeyondTheParsersLimit() throws Exception {
        String nested = "{\"_vButtons\": " + "[{\"a\": ".repeat(400) + "1" + "}]".repeat(400) + ", \"_useAPI\": true}";
        assertEquals(Optional.of(true), RaspiCamSrvSettings.read(Files.writeString(dir.resolve("nested.json"), nested)).apiAllowed());
        int depth = 200_000;
        String deep = "{\"_vButtons\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"_useAPI\": true}";
        String refusal = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusalOf(deep));
        assertTrue(refusal.endsWith(NOT_JSON), refusal);
    }

    @Test
    void aHugeNumberIsSkippedUnlessItIsOfAKnownKey() throws Exception {
        String huge = "{\"_zoomFactor\": " + "9".repeat(500_000) + ", \"_jwtAccessTokenExpirationMin\": 1" + "0".repeat(900) + "}";
        RaspiCamSrvSettings found = RaspiCamSrvSettings.read(Files.writeString(dir.resolve("huge.json"), huge));
        assertEquals(List.of("_jwtAccessTokenExpirationMin: Access Token Expiration in Minutes must be at most 5256000 (ten years)"),
                found.notTaken());
        String refusal = refusalOf("{\"_jwtAccessTokenExpirationMin\": " + "7".repeat(400_000) + "}");
        assertTrue(refusal.endsWith(NOT_JSON), "longer than the parser reads: " + refusal);
    }

    @Test
    void aSymbolicLinkIsNotFollowed() throws Exception {
        Path target = RaspiCamSrvConfigFolder.realistic(Path.of("/k")).writeTo(dir.resolve("elsewhere"), false).resolve("serverConfig.json");
        Path link = Files.createSymbolicLink(Files.createDirectory(dir.resolve("config")).resolve("serverConfig.json"), target);
        assertEquals(link + " is a symbolic link; give the path of the file itself", refusal(link));
        assertEquals(link + " is a symbolic link; give the path of the file itself", refusal(link.getParent()));
    }

    @Test
    void aPipeIsNotOpened() throws Exception {
        Path fifo = dir.resolve("serverConfig.json");
        boolean made;
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            made = mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here: the pipe case is not tested");
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertEquals(fifo + " is not a regular file", refusal(dir)), "a pipe without a writer would block a reader");
    }

    @Test
    void aDeviceIsNotRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertEquals(zero + " is not a regular file", refusal(zero));
    }

    @Test
    void anUnreadableFileIsNamed() throws Exception {
        Path file = RaspiCamSrvConfigFolder.realistic(Path.of("/k")).writeTo(dir.resolve("config"), false).resolve("serverConfig.json");
        assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file), "root reads every file: not tested");
        assertEquals(file + " cannot be read: permission denied", refusal(file));
    }

    @Test
    void theMarkerIsOnlyLookedFor() throws Exception {
        Path folder = RaspiCamSrvConfigFolder.realistic(Path.of("/k")).writeTo(dir.resolve("config"), false);
        Files.createDirectory(folder.resolve("_loadConfigOnStart.txt"));
        assertTrue(RaspiCamSrvSettings.read(folder).startsWithStoredConfiguration(), "its existence is all raspiCamSrv looks at");
    }
}
