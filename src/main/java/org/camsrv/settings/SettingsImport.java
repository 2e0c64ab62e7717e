package org.camsrv.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camsrv.secrets.SecretsFile;
import org.camsrv.secrets.SecretsFileException;

/**
 * Applies what {@link RaspiCamSrvSettings} found to the running configuration, through the same doors
 * as the Parameters and API tabs: each value becomes an unsaved change that Store Configuration keeps.
 */
public final class SettingsImport {

    /** What an import took and left, in words a page and the log can show. */
    public record Report(Path file, List<String> taken, List<String> notTaken, int otherSettings) {

        public Report {
            taken = List.copyOf(taken);
            notTaken = List.copyOf(notTaken);
        }

        public String summary() {
            List<String> sentences = new ArrayList<>(4);
            sentences.add(taken.isEmpty() ? "Nothing taken from " + file : "Taken from " + file + ": " + String.join(", ", taken));
            if (!notTaken.isEmpty()) {
                sentences.add("Not taken: " + String.join("; ", notTaken));
            }
            if (otherSettings > 0) {
                sentences.add(otherSettings == 1 ? "1 other setting has no CamSrv equivalent and was left"
                        : otherSettings + " other settings have no CamSrv equivalent and were left");
            }
            if (!taken.isEmpty()) {
                sentences.add("Store Configuration to keep what was taken");
            }
            return String.join(". ", sentences) + ".";
        }
    }

    private SettingsImport() {
    }

    static Report apply(RaspiCamSrvSettings found, SettingsService settings) {
        List<String> taken = new ArrayList<>();
        List<String> notTaken = new ArrayList<>(found.notTaken());
        applyParameters(found, settings, taken);
        applyApi(found, settings, taken, notTaken);
        if (found.startsWithStoredConfiguration()) {
            try {
                // Written at once, as ticking the box on the Configuration tab is.
                settings.setStartWithStoredConfiguration(true);
                taken.add("Start server with stored Configuration: on");
            } catch (IOException e) {
                notTaken.add(RaspiCamSrvConfigFile.START_MARKER + ": the start option could not be saved");
            }
        }
        return new Report(found.file(), taken, notTaken, found.otherSettings());
    }

    private static void applyParameters(RaspiCamSrvSettings found, SettingsService settings, List<String> taken) {
        GeneralParameters now = settings.parameters();
        settings.submitParameters(found.apiAllowed().orElse(settings.apiSettings().apiAllowed()), new GeneralParameters(
                found.photoType().orElse(now.photoType()), found.rawPhotoType().orElse(now.rawPhotoType()),
                found.videoType().orElse(now.videoType()), found.streamingNeedsLogin().orElse(now.streamingNeedsLogin()),
                now.motionThreshold()));
        found.apiAllowed().ifPresent(allowed -> taken.add("Allow access through API: " + onOff(allowed)));
        found.photoType().ifPresent(type -> taken.add("Photo type: " + type));
        found.rawPhotoType().ifPresent(type -> taken.add("Raw photo type: " + type));
        found.videoType().ifPresent(type -> taken.add("Video type: " + type));
        found.streamingNeedsLogin().ifPresent(needed -> taken.add("Req. Auth for Streaming: " + onOff(needed)));
    }

    /**
     * The secrets path goes through the API tab's Submit, which checks the file and completes it with
     * CamSrv's key pair. Only a key store raspiCamSrv has used is taken: one that exists and holds its
     * jwtSecretKey. A new key file where a copied configuration points would surprise the owner, and a
     * path in a file from elsewhere must not make CamSrv write its keys into some other JSON file.
     */
    private static void applyApi(RaspiCamSrvSettings found, SettingsService settings, List<String> taken, List<String> notTaken) {
        ApiSettings now = settings.apiSettings();
        int minutes = found.accessMinutes().orElse(now.accessMinutes());
        int days = found.refreshDays().orElse(now.refreshDays());
        Optional<String> path = found.secretsPath();
        Optional<String> refusal = path.flatMap(SettingsImport::keyStoreProblem);
        if (refusal.isPresent()) {
            notTaken.add(RaspiCamSrvSettings.KEY_STORE + ": " + refusal.get());
            path = Optional.empty();
        }
        if (path.isPresent()) {
            SettingsService.ApiSubmission submitted =
                    settings.submitApiSettings(path.get(), Integer.toString(minutes), Integer.toString(days));
            if (submitted.errors().isEmpty()) {
                taken.add("JWT Secret Key File Path: " + path.get() + " (" + submitted.message() + ")");
            } else {
                submitted.errors().forEach(error -> notTaken.add(RaspiCamSrvSettings.KEY_STORE + ": " + error.message()));
                path = Optional.empty();
            }
        }
        if (path.isEmpty()) {
            settings.change(settings.apiSettings().withAccessMinutes(minutes).withRefreshDays(days));
        }
        found.accessMinutes().ifPresent(value -> taken.add(ApiSettings.MINUTES_LABEL + ": " + value));
        found.refreshDays().ifPresent(value -> taken.add(ApiSettings.DAYS_LABEL + ": " + value));
    }

    private static Optional<String> keyStoreProblem(String path) {
        if (!Files.exists(Path.of(path), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(path + " does not exist here; the import creates no secrets file (Submit on the API tab does)");
        }
        try {
            return SecretsFile.of(path).hasSecretKey() ? Optional.empty() : Optional.of(path
                    + " holds no jwtSecretKey, so it is no key store raspiCamSrv used; the import completes no other file"
                    + " (Submit on the API tab does)");
        } catch (SecretsFileException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }
}
