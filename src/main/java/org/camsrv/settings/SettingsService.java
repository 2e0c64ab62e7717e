package org.camsrv.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.camsrv.auth.token.ActiveApi;
import org.camsrv.auth.token.ApiActivation;
import org.camsrv.data.DataDirectory;
import org.camsrv.log.SafeLog;
import org.camsrv.migration.RaspiCamSrvImportException;
import org.camsrv.secrets.JwtKeys;
import org.camsrv.secrets.SecretsFile;
import org.camsrv.secrets.SecretsFileException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The running configuration and its life cycle: which configuration a start uses (stored, or the
 * presets), whether the API becomes active with it, and what the owner changes, stores and loads
 * until the next restart. The API's state changes only at a start, as in raspiCamSrv.
 */
@ApplicationScoped
public class SettingsService {

    private static final SafeLog LOG = SafeLog.of(SettingsService.class);

    @Inject
    DataDirectory dataDirectory;

    @Inject
    ApiActivation activation;

    @Inject
    @ConfigProperty(name = "camsrv.api.allowed")
    boolean presetAllowed;

    @Inject
    @ConfigProperty(name = "camsrv.api.secrets.file")
    Optional<String> presetSecretsFile;

    @Inject
    @ConfigProperty(name = "camsrv.api.access.minutes")
    int presetAccessMinutes;

    @Inject
    @ConfigProperty(name = "camsrv.api.refresh.days")
    int presetRefreshDays;

    @Inject
    MqttPresets mqttPresets;

    @Inject
    Event<MqttSettingsChanged> mqttChanged;

    private ConfigurationStore store;
    private final ConfigurationChanges changes = new ConfigurationChanges();
    private volatile ServerConfiguration running;
    private volatile ApiSettings atStart;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        ApiSettings presets = presets();
        MqttSettings mqtt = mqttPresets.presets();
        store = new ConfigurationStore(dataDirectory.configFolder(), presets, mqtt);
        running = startingConfiguration(presets, mqtt);
        atStart = running.api();
        activateIfUsable(atStart);
        if (running.mqtt().enabled()) {
            mqttChanged.fireAsync(new MqttSettingsChanged(running.mqtt()));
        }
    }

    private ServerConfiguration startingConfiguration(ApiSettings presets, MqttSettings mqtt) {
        if (store.startsWithStoredConfiguration()) {
            try {
                Optional<ServerConfiguration> stored = store.load();
                if (stored.isPresent()) {
                    LOG.info("Starting with the stored configuration");
                    return stored.get();
                }
                LOG.warning("Start with stored configuration is set, but nothing is stored: using the presets");
            } catch (StoredConfigurationException e) {
                LOG.warning(e.getMessage() + ": using the presets");
            }
        }
        return new ServerConfiguration(presets, GeneralParameters.defaults(), mqtt);
    }

    /**
     * The camsrv.api.* keys. One out of range stops the start, as one that is no number does in
     * MicroProfile Config: there is no second set of defaults in the code to fall back to.
     */
    private ApiSettings presets() {
        try {
            return new ApiSettings(presetAllowed, presetSecretsFile.orElse(""), presetAccessMinutes, presetRefreshDays);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The API presets (camsrv.api.*) cannot be used: " + e.getMessage(), e);
        }
    }

    private void activateIfUsable(ApiSettings api) {
        activation.deactivate();
        if (!api.apiAllowed()) {
            LOG.info("API not active: access through the API is not allowed");
            return;
        }
        if (!api.hasSecretsPath()) {
            LOG.info("API not active: no JWT secret key file configured");
            return;
        }
        try {
            JwtKeys keys = SecretsFile.of(api.secretsFilePath()).prepare();
            activation.activate(new ActiveApi(keys, api.accessMinutes(), api.refreshDays(),
                    ActiveApi.issuerOf(dataDirectory.database().installationId())));
        } catch (SecretsFileException e) {
            LOG.warning("API not active: " + e.getMessage());
        }
    }

    public ApiSettings apiSettings() {
        return running.api();
    }

    public ApiStatus apiStatus() {
        ApiSettings current = running.api();
        return ApiStatus.of(atStart, activation.isActive(), current, isUsable(current.secretsFilePath()));
    }

    private static boolean isUsable(String path) {
        if (path.isBlank()) {
            return false;
        }
        try {
            SecretsFile.of(path).check();
            return true;
        } catch (SecretsFileException | RuntimeException e) {
            return false;
        }
    }

    public GeneralParameters parameters() {
        return running.parameters();
    }

    /** The Parameters tab's Submit: API access and the general parameters together. */
    public synchronized void submitParameters(boolean apiAllowed, GeneralParameters parameters) {
        GeneralParameters before = running.parameters();
        running = running.withParameters(parameters);
        ConfigurationChanges.describe(before, parameters).forEach(changes::record);
        change(running.api().withApiAllowed(apiAllowed));
    }

    public Path mediaFolder() {
        return dataDirectory.mediaFolder();
    }

    /**
     * The API tab's Submit: checks all three fields, prepares the secrets file (creating it and
     * its key as needed) and only then takes the values. Answers the problems per field; on any
     * problem nothing changes.
     */
    /** raspiCamSrv's words after Submit on the API tab. */
    static final String KEY_GENERATED = "New JWT secret key generated";
    static final String KEY_READ = "JWT secret key read from Secret Key Store";
    static final String NO_KEY_STORE = "API inactive - No JWT Secret Key Store specified";

    /** What Submit on the API tab came to: the problems per field, or raspiCamSrv's message of success. */
    public record ApiSubmission(List<FieldError> errors, String message) {
    }

    public ApiSubmission submitApiSettings(String secretsPath, String minutesText, String daysText) {
        List<FieldError> errors = ExpirationInput.validate(minutesText, daysText);
        String path = secretsPath == null ? "" : secretsPath.strip();
        if (!errors.isEmpty()) {
            return new ApiSubmission(errors, null);
        }
        String message = NO_KEY_STORE;
        if (!path.isEmpty()) {
            try {
                SecretsFile file = SecretsFile.of(path);
                message = file.hasAllKeys() ? KEY_READ : KEY_GENERATED;
                file.prepare();
            } catch (SecretsFileException | RuntimeException e) {
                return new ApiSubmission(List.of(new FieldError(SECRETS_FIELD, e.getMessage())), null);
            }
        }
        change(running.api().withSecretsFilePath(path)
                .withAccessMinutes(ExpirationInput.parseMinutes(minutesText))
                .withRefreshDays(ExpirationInput.parseDays(daysText)));
        return new ApiSubmission(List.of(), message);
    }

    public static final String SECRETS_FIELD = "secretsFilePath";

    /** Takes API settings that are checked already; the import uses it for expirations without a secrets path. */
    synchronized void change(ApiSettings newApi) {
        ApiSettings before = running.api();
        running = running.withApi(newApi);
        ConfigurationChanges.describe(before, newApi).forEach(changes::record);
    }

    /**
     * Import Settings from raspiCamSrv: what its stored configuration holds that CamSrv has, as unsaved
     * changes; raspiCamSrv's files are only read. Its secrets file is checked and completed as on the API tab.
     */
    public synchronized SettingsImport.Report importRaspiCamSrvSettings(Path fileOrFolder) throws RaspiCamSrvImportException {
        SettingsImport.Report report = SettingsImport.apply(RaspiCamSrvSettings.read(fileOrFolder), this);
        LOG.info(() -> "raspiCamSrv settings import: " + report.summary());
        return report;
    }

    public List<ConfigurationChanges.Change> unsavedChanges() {
        return changes.list();
    }

    public synchronized void storeConfiguration() throws IOException {
        store.store(running);
        changes.clear();
        LOG.info("Configuration stored");
    }

    /**
     * Replaces the running configuration with the stored one. The running API is left as it is: raspiCamSrv
     * sets up its JWT handling once, at start, so clients keep working until the next restart; the status
     * line compares the loaded settings with those the server started with.
     */
    public synchronized void loadStoredConfiguration() throws StoredConfigurationException {
        ServerConfiguration stored = store.load()
                .orElseThrow(() -> new StoredConfigurationException(store.configurationFile(), "nothing has been stored yet", null));
        running = stored;
        changes.clear();
        LOG.info("Stored configuration loaded; the API keeps its start settings until the next restart");
        mqttChanged.fireAsync(new MqttSettingsChanged(stored.mqtt()));
    }

    public MqttSettings mqttSettings() {
        return running.mqtt();
    }

    /** The broker's password from the secrets file the running settings name, if one is kept there. */
    public Optional<String> mqttPassword() {
        return BrokerPassword.read(running.api().secretsFilePath());
    }

    /**
     * The Integrations tab's Submit, by a SuperUser (the caller checks): checks every field and keeps a new
     * password (blank keeps the old one) in the secrets file, then takes the settings, which apply at once
     * (MQTT reconnects). On any problem nothing changes.
     */
    public List<FieldError> submitMqtt(MqttInput input, String newPassword, String superUser) {
        List<FieldError> errors = input.validate();
        if (!errors.isEmpty()) {
            return errors;
        }
        MqttSettings mqtt = input.toSettings(superUser);
        synchronized (this) {
            if (newPassword != null && !newPassword.isEmpty()) {
                try {
                    BrokerPassword.store(running.api().secretsFilePath(), newPassword);
                } catch (SecretsFileException | RuntimeException e) {
                    return List.of(new FieldError(MqttInput.PASSWORD_FIELD, e.getMessage()));
                }
            }
            MqttSettings before = running.mqtt();
            running = running.withMqtt(mqtt);
            ConfigurationChanges.describe(before, mqtt).forEach(changes::record);
        }
        LOG.info(() -> "MQTT settings changed by " + superUser + ": " + (mqtt.enabled() ? "on, broker " + mqtt.brokerUrl() : "off"));
        mqttChanged.fireAsync(new MqttSettingsChanged(mqtt));
        return List.of();
    }

    public boolean startsWithStoredConfiguration() {
        return store.startsWithStoredConfiguration();
    }

    public void setStartWithStoredConfiguration(boolean startWithStored) throws IOException {
        store.setStartWithStoredConfiguration(startWithStored);
    }
}
