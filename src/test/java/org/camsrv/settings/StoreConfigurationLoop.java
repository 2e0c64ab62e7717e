package org.camsrv.settings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camsrv.data.AtomicFiles;
import org.camsrv.secrets.SecretsFile;

/**
 * The child process of {@link StoreConfigurationKillTest}: writes every stored file CamSrv has, as
 * fast as it can, until it is killed. Each round stores configuration A or B, flips the start
 * option, and has another program rewrite the secrets file without its key pair (as raspiCamSrv
 * may) so that {@link SecretsFile#prepare()} really writes it again.
 */
public final class StoreConfigurationLoop {

    static final String READY = "ready";
    static final String RASPI_SECRET = "abcdefRaspiCamSrvSecretKey0123456789";

    static final ServerConfiguration A =
            new ServerConfiguration(new ApiSettings(true, "/home/pi/.secrets/raspiCamSrv.secrets", 30, 7));
    /** Several pages long, so that a torn write of B could never pass for A or B. */
    static final ServerConfiguration B = new ServerConfiguration(
            new ApiSettings(false, "/home/pi/" + "deep/".repeat(2000) + "raspiCamSrv.secrets", 15, 3),
            new GeneralParameters("png", "dng", "avi", false, 40));

    private StoreConfigurationLoop() {
    }

    static Path configFolder(Path data) {
        return data.resolve("config");
    }

    static Path secretsFile(Path data) {
        return data.resolve("secrets/raspiCamSrv.secrets");
    }

    /** The secrets file as the other program leaves it in round {@code round}: its own section changed, no key pair. */
    static JsonObject incomplete(long round) {
        return Json.createObjectBuilder()
                .add("eventnotification", Json.createObjectBuilder().add("round", round).add("notes", "n".repeat(6000)))
                .add("jwtSecrets", Json.createObjectBuilder().add("jwtSecretKey", RASPI_SECRET))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Logger.getLogger(SecretsFile.class.getName()).setLevel(Level.WARNING);
        ConfigurationStore store = new ConfigurationStore(configFolder(data), Presets.API);
        Path secrets = secretsFile(data);
        AtomicFiles.createFolders(secrets.getParent(), AtomicFiles.OWNER_ONLY_DIR);
        long round = 0;
        while (true) {
            boolean even = round % 2 == 0;
            store.store(even ? A : B);
            store.setStartWithStoredConfiguration(even);
            AtomicFiles.write(secrets, incomplete(round).toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.OWNER_ONLY);
            new SecretsFile(secrets).prepare();
            if (round == 0) {
                // The parent reads this line from the pipe; a logger would write to stderr with a prefix.
                System.out.println(READY);
                System.out.flush();
            }
            round++;
        }
    }
}
