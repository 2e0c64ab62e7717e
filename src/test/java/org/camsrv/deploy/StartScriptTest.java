package org.camsrv.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/camsrv-start, the service's start: it unpacks the jar once, again only when the jar changes, and then
 * becomes the server. A small jar stands in for CamSrv's: its wlp/bin/server only says how it was called
 * (RunnableJarIT starts the real one).
 */
class StartScriptTest {

    private static final Path SCRIPT = Path.of("deploy/camsrv-start").toAbsolutePath();

    @TempDir
    Path work;

    @BeforeAll
    static void needsUnzip() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")),
                "StartScriptTest skipped: deploy/camsrv-start needs unzip (apt-get install unzip)");
    }

    @Test
    void aFirstStartUnpacksTheJarAndBecomesTheServer() throws Exception {
        Path jar = fakeJar("v1");
        Run run = start(jar);

        assertEquals(0, run.exit, run.output);
        assertTrue(run.output.contains("unpacking " + jar), run.output);
        assertTrue(run.output.contains("server v1 run camsrv"), "the server's script runs the server: " + run.output);
        assertTrue(run.output.contains("pid " + run.pid), "exec: systemd's process is the server itself: " + run.output);
        Path current = work.resolve("data/server/current");
        assertTrue(Files.isRegularFile(current.resolve("wlp/usr/servers/camsrv/server.xml")));
        assertFalse(Files.exists(current.resolve("wlp/usr/servers/camsrv/workarea")), "the build machine's OSGi cache is dropped");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("data"))),
                "the data directory it makes is owner-only");
    }

    @Test
    void aLaterStartRunsTheUnpackedServerWithoutUnpackingAgain() throws Exception {
        Path jar = fakeJar("v1");
        start(jar);
        Path kept = Files.writeString(work.resolve("data/server/current/wlp/usr/servers/camsrv/kept"), "x");

        Run second = start(jar);

        assertEquals(0, second.exit, second.output);
        assertFalse(second.output.contains("unpacking"), second.output);
        assertTrue(second.output.contains("server v1 run camsrv"), second.output);
        assertTrue(Files.exists(kept), "the unpacked folder is the same one");
    }

    @Test
    void aReplacedJarIsUnpackedAgainAndNothingOfTheOldOneStays() throws Exception {
        Path jar = fakeJar("v1");
        start(jar);
        Files.writeString(work.resolve("data/server/current/wlp/usr/servers/camsrv/kept"), "x");
        writeFakeJar(jar, "v2");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        Run second = start(jar);

        assertEquals(0, second.exit, second.output);
        assertTrue(second.output.contains("unpacking"), second.output);
        assertTrue(second.output.contains("server v2 run camsrv"), second.output);
        assertFalse(Files.exists(work.resolve("data/server/current/wlp/usr/servers/camsrv/kept")));
        try (var left = Files.list(work.resolve("data/server"))) {
            assertEquals(List.of("current"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void whatACutOffStartLeftIsClearedAway() throws Exception {
        Path root = Files.createDirectories(work.resolve("data/server"));
        Files.createDirectories(root.resolve("unpack.Ab12Cd/wlp/bin"));
        Files.createDirectories(root.resolve("old.4242"));
        Files.createDirectories(root.resolve("current/wlp")); // unpacked in part: no stamp yet

        Run run = start(fakeJar("v1"));

        assertEquals(0, run.exit, run.output);
        assertTrue(run.output.contains("server v1 run camsrv"), run.output);
        try (var left = Files.list(root)) {
            assertEquals(List.of("current"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFileThatIsNotTheJarIsRefusedAndTheServerBeforeItStays() throws Exception {
        Path jar = fakeJar("v1");
        start(jar);
        Files.writeString(jar, "not a zip at all");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        Run refused = start(jar);

        assertNotEquals(0, refused.exit);
        assertTrue(refused.output.contains("camsrv-start: cannot unpack " + jar), refused.output);
        assertTrue(Files.isExecutable(work.resolve("data/server/current/wlp/bin/server")), "the unpacked server is kept");
    }

    @Test
    void aZipWithoutLibertyInsideIsRefused() throws Exception {
        Path jar = work.resolve("other.jar");
        try (FileSystem zip = newZip(jar)) {
            Files.writeString(Files.createDirectories(zip.getPath("wlp/lib")).resolve("readme.txt"), "no server here");
        }

        Run refused = start(jar);

        assertNotEquals(0, refused.exit);
        assertTrue(refused.output.contains("holds no Liberty server"), refused.output);
        assertFalse(Files.exists(work.resolve("data/server/current")));
    }

    @Test
    void aMissingJarIsNamed() throws Exception {
        Run refused = start(work.resolve("nowhere/camsrv.jar"));

        assertNotEquals(0, refused.exit);
        assertTrue(refused.output.contains("camsrv-start: cannot read the jar " + work.resolve("nowhere/camsrv.jar")),
                refused.output);
    }

    private Path fakeJar(String version) throws IOException {
        Path jar = work.resolve("camsrv.jar");
        writeFakeJar(jar, version);
        return jar;
    }

    /** A zip laid out like CamSrv's runnable jar, whose wlp/bin/server (mode 0755, as Liberty's is) echoes its call. */
    private static void writeFakeJar(Path jar, String version) throws IOException {
        Files.deleteIfExists(jar);
        try (FileSystem zip = newZip(jar)) {
            Path server = Files.createDirectories(zip.getPath("wlp/bin")).resolve("server");
            Files.writeString(server, "#!/bin/sh\necho \"server " + version + " $* pid $$\"\n");
            Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path config = Files.createDirectories(zip.getPath("wlp/usr/servers/camsrv/workarea"));
            Files.writeString(config.getParent().resolve("server.xml"), "<server/>");
            Files.writeString(config.resolve("cache"), "from the build machine");
            Files.writeString(Files.createDirectories(zip.getPath("META-INF")).resolve("MANIFEST.MF"), "Manifest-Version: 1.0\n");
        }
    }

    private static FileSystem newZip(Path file) throws IOException {
        return FileSystems.newFileSystem(URI.create("jar:" + file.toUri()),
                Map.of("create", "true", "enablePosixFileAttributes", "true"));
    }

    private record Run(int exit, long pid, String output) {
    }

    private Run start(Path jar) throws Exception {
        Path log = Files.createTempFile(work, "start", ".log");
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CAMSRV_DATA_DIR", work.resolve("data").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "camsrv-start ends with its fake server");
        return new Run(process.exitValue(), process.pid(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
