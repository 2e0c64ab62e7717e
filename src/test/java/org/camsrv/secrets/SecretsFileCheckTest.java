package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.RASPI_SECRET;
import static org.camsrv.secrets.SecretsFixtures.complete;
import static org.camsrv.secrets.SecretsFixtures.file;
import static org.camsrv.secrets.SecretsFixtures.p256Pair;
import static org.camsrv.secrets.SecretsFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Form validation: check() accepts what prepare() would accept, refuses the rest, and never writes. */
class SecretsFileCheckTest {

    @TempDir
    Path dir;

    private void unchangedAfter(Executable action) throws Throwable {
        Map<String, String> before = snapshot(dir);
        action.execute();
        assertEquals(before, snapshot(dir));
    }

    private void refusedByCheck(Path path) throws Throwable {
        unchangedAfter(() -> assertThrows(SecretsFileException.class, () -> new SecretsFile(path).check()));
    }

    @Test
    void checkAcceptsAMissingFileInAWritableFolderAndCreatesNothing() throws Throwable {
        unchangedAfter(() -> new SecretsFile(dir.resolve("a/b/s.secrets")).check());
    }

    @Test
    void checkAcceptsAnEmptyFileWithoutFillingIt() throws Throwable {
        Path path = file(dir, "s.secrets", "");
        unchangedAfter(() -> new SecretsFile(path).check());
    }

    @Test
    void checkAcceptsARaspiCamSrvFileWithoutAddingTheKeyPair() throws Throwable {
        Path path = file(dir, "s.secrets", "{\"jwtSecrets\": {\"jwtSecretKey\": \"" + RASPI_SECRET + "\"}}");
        unchangedAfter(() -> new SecretsFile(path).check());
    }

    @Test
    void checkAcceptsACompleteFile() throws Throwable {
        Path path = file(dir, "s.secrets", complete(RASPI_SECRET, p256Pair()));
        unchangedAfter(() -> new SecretsFile(path).check());
    }

    @Test
    void checkRefusesADirectory() throws Throwable {
        refusedByCheck(Files.createDirectory(dir.resolve("s.secrets")));
    }

    @Test
    void checkRefusesNonJson() throws Throwable {
        refusedByCheck(file(dir, "s.secrets", "not json"));
    }

    @Test
    void checkRefusesAMismatchedPair() throws Throwable {
        refusedByCheck(file(dir, "s.secrets", SecretsFixtures.secrets(RASPI_SECRET,
                SecretsFixtures.privatePem(p256Pair()), SecretsFixtures.publicPem(p256Pair()))));
    }

    @Test
    void checkRefusesAFolderBelowAFile() throws Throwable {
        refusedByCheck(file(dir, "plain", "{}").resolve("sub/s.secrets"));
    }

    @Test
    void checkRefusesARelativePath() throws Throwable {
        refusedByCheck(Path.of("s.secrets"));
    }
}
