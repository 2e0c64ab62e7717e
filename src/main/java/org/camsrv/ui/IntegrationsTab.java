package org.camsrv.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camsrv.mqtt.MqttService;
import org.camsrv.settings.FieldError;
import org.camsrv.settings.MqttInput;
import org.camsrv.settings.MqttSettings;
import org.camsrv.settings.SettingsService;

/**
 * The Integrations tab: MQTT with Home Assistant discovery. Every user sees its state; only a
 * SuperUser changes it, and the Submit checks that on the server. The broker's password is only
 * ever written (into the secrets file), never shown: the page says whether one is set.
 */
@Named
@RequestScoped
public class IntegrationsTab {

    @Inject
    SettingsService settings;

    @Inject
    MqttService mqtt;

    @Inject
    CurrentUser currentUser;

    private boolean enabled;
    private String broker;
    private String user;
    private String password;
    private String prefix;
    private String nodeId;
    private String snapshot;

    @PostConstruct
    void showCurrent() {
        MqttSettings current = settings.mqttSettings();
        enabled = current.enabled();
        broker = current.brokerUrl();
        user = current.user();
        prefix = current.discoveryPrefix();
        nodeId = current.nodeId();
        snapshot = Integer.toString(current.snapshotSeconds());
    }

    public String submit() {
        if (!currentUser.maySecureAndRunServer("change the MQTT settings")) {
            return null;
        }
        List<FieldError> errors = settings.submitMqtt(new MqttInput(enabled, broker, user, prefix, nodeId, snapshot),
                password, currentUser.getName());
        password = null;
        if (!errors.isEmpty()) {
            errors.forEach(error -> Pages.error("integrations:" + error.field(), error.message()));
            return null;
        }
        Pages.info("MQTT settings applied (MQTT " + (enabled ? "connects now" : "is off")
                + "); store the configuration to keep them after a restart");
        return Pages.redirectTo("/settings") + "&tab=integrations";
    }

    public String getStatus() {
        return mqtt.status().text();
    }

    public boolean isConnected() {
        return mqtt.status().connected();
    }

    public boolean isPasswordSet() {
        return settings.mqttPassword().isPresent();
    }

    public boolean isSecretsFileSet() {
        return settings.apiSettings().hasSecretsPath();
    }

    public String getConfiguredBy() {
        return settings.mqttSettings().configuredBy();
    }

    public String getTopicBase() {
        return "camsrv/" + settings.mqttSettings().nodeId();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getBroker() {
        return broker;
    }

    public void setBroker(String broker) {
        this.broker = broker;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    /** Never the stored password: the field is always shown empty. */
    public String getPassword() {
        return "";
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getNodeId() {
        return nodeId;
    }

    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public void setSnapshot(String snapshot) {
        this.snapshot = snapshot;
    }
}
