package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camsrv.migration.RaspiCamSrvDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: its arguments, its exit status and where its words go. */
class UserImportCommandTest {
    // Not covered: main's System.exit, which would end the test JVM; run() answers the status it exits with.

    @TempDir
    Path folder;

    private Path raspiCamSrv;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void raspiCamSrvWithOneUser() throws Exception {
        raspiCamSrv = folder.resolve("raspiCamSrv.sqlite");
        RaspiCamSrvDatabase.create(raspiCamSrv).user("bob", RaspiCamSrvDatabase.NON_ASCII_PBKDF2, false, true);
    }

    private int run(String environment, String... args) {
        return UserImportCommand.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentOrMoreThanTwoPrintUsageAndExitWithTwo() {
        assertEquals(2, run(null));
        assertEquals(2, run(null, "a", "b", "c"));
        assertTrue(text(err).startsWith("Usage: UserImportCommand "), text(err));
        assertEquals("", text(out));
    }

    @Test
    void theDataDirectoryArgumentWinsOverTheEnvironment() {
        Path data = folder.resolve("argument");

        assertEquals(0, run(folder.resolve("environment").toString(), raspiCamSrv.toString(), data.toString()));

        assertEquals("1 user imported: bob" + System.lineSeparator(), text(out));
        assertEquals("", text(err));
        assertTrue(Files.isRegularFile(data.resolve("db/camsrv.sqlite")));
        assertTrue(Files.notExists(folder.resolve("environment")));
    }

    @Test
    void withoutADataDirectoryArgumentTheEnvironmentsIsUsed() {
        Path data = folder.resolve("environment");

        assertEquals(0, run(data.toString(), raspiCamSrv.toString()));

        assertTrue(Files.isRegularFile(data.resolve("db/camsrv.sqlite")));
    }

    @Test
    void aFailedImportPrintsItsReasonAndExitsWithOne() {
        Path missing = folder.resolve("nowhere.sqlite");

        assertEquals(1, run(folder.resolve("data").toString(), missing.toString()));

        assertEquals(missing + " does not exist" + System.lineSeparator(), text(err));
        assertEquals("", text(out));
    }
}
