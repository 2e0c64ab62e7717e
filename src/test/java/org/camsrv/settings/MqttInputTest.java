package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MqttInputTest {

    /** Knows only "broker.local"; every other name does not resolve, without asking a DNS. */
    private static final MqttInput.HostLookup LOOKUP = host -> {
        if (!host.equals("broker.local")) {
            throw new UnknownHostException(host);
        }
    };

    private static MqttInput input(boolean enabled, String broker, String prefix, String node, String snapshot) {
        return new MqttInput(enabled, broker, "camsrv", prefix, node, snapshot);
    }

    private static List<FieldError> errors(MqttInput input) {
        return input.validate(LOOKUP);
    }

    @Test
    void goodInputHasNoErrorAndBecomesSettings() {
        MqttInput good = input(true, " mqtt://broker.local:1884 ", "homeassistant", "garden-pi", "30");
        assertEquals(List.of(), errors(good));
        assertEquals(new MqttSettings(true, "mqtt://broker.local:1884", "camsrv", "homeassistant", "garden-pi", 30, "owner"),
                good.toSettings("owner"));
    }

    @Test
    void aHostThatDoesNotResolveIsNamedAtTheBrokerField() {
        List<FieldError> errors = errors(input(true, "mqtt://nowhere.invalid", "homeassistant", "n", "30"));
        assertEquals(1, errors.size());
        assertEquals(MqttInput.BROKER_FIELD, errors.get(0).field());
        assertTrue(errors.get(0).message().contains("does not resolve"), errors.get(0).message());
    }

    @Test
    void aPortOutOfRangeIsNamedAtTheBrokerField() {
        List<FieldError> errors = errors(input(true, "mqtt://broker.local:70000", "homeassistant", "n", "30"));
        assertEquals(MqttInput.BROKER_FIELD, errors.get(0).field());
        assertTrue(errors.get(0).message().contains("port"), errors.get(0).message());
    }

    @Test
    void onWithoutABrokerIsRefusedButOffWithoutOneIsFine() {
        assertEquals(MqttInput.BROKER_FIELD, errors(input(true, " ", "homeassistant", "n", "30")).get(0).field());
        assertEquals(List.of(), errors(input(false, "", "homeassistant", "n", "30")));
    }

    @Test
    void everyBadFieldGetsItsOwnMessage() {
        List<FieldError> errors = new MqttInput(true, "http://x", "bad\nuser", "home/#", "Has Spaces", "-1").validate(LOOKUP);
        assertEquals(List.of(MqttInput.BROKER_FIELD, MqttInput.USER_FIELD, MqttInput.PREFIX_FIELD, MqttInput.NODE_FIELD,
                MqttInput.SNAPSHOT_FIELD), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void snapshotIntervalMustBeAWholeNumberInRange() {
        assertEquals(MqttInput.SNAPSHOT_FIELD, errors(input(false, "", "homeassistant", "n", "ten")).get(0).field());
        assertEquals(MqttInput.SNAPSHOT_FIELD, errors(input(false, "", "homeassistant", "n", "86401")).get(0).field());
        assertEquals(List.of(), errors(input(false, "", "homeassistant", "n", "0")));
    }

    @Test
    void aBlankNodeIdTakesTheHostName() {
        MqttSettings settings = input(false, "", "homeassistant", " ", "60").toSettings("owner");
        assertEquals(MqttSettings.nodeIdOfThisMachine(), settings.nodeId());
    }
}
