package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrokerUrlTest {

    @Test
    void plainMqttDefaultsToPort1883() {
        BrokerUrl url = BrokerUrl.parse("mqtt://broker.local");
        assertFalse(url.tls());
        assertEquals("broker.local", url.host());
        assertEquals(1883, url.port());
        assertEquals("tcp://broker.local:1883", url.clientUri());
    }

    @Test
    void mqttsDefaultsToPort8883AndUsesTls() {
        BrokerUrl url = BrokerUrl.parse("mqtts://10.0.0.2");
        assertTrue(url.tls());
        assertEquals(8883, url.port());
        assertEquals("ssl://10.0.0.2:8883", url.clientUri());
    }

    @Test
    void portAndUpperCaseSchemeAndTrailingSlashAreTaken() {
        assertEquals(new BrokerUrl(false, "127.0.0.1", 18830), BrokerUrl.parse(" MQTT://127.0.0.1:18830/ "));
    }

    @Test
    void bracketedIpv6IsTakenAndLookedUpWithoutBrackets() {
        BrokerUrl url = BrokerUrl.parse("mqtt://[::1]:1884");
        assertEquals(1884, url.port());
        assertEquals("::1", url.hostForLookup());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mqtt://host:0", "mqtt://host:65536", "mqtt://host:99999999999", "mqtt://host:abc", "mqtt://host:"})
    void aPortOutOfRangeOrNotANumberIsRefusedAsAPort(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BrokerUrl.parse(text));
        assertTrue(e.getMessage().contains("port"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "broker.local", "http://broker.local", "tcp://broker.local:1883", "ws://x", "mqtt://",
        "mqtt://:1883", "mqtt://bad_host!", "mqtt://broker/path", "mqtt://broker?x=1", "mqtt://user:pw@broker"})
    void anythingButMqttHostPortIsRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BrokerUrl.parse(text));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void credentialsInTheAddressAreRefusedWithoutQuotingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BrokerUrl.parse("mqtt://me:hunter2@broker"));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(e.getMessage().contains("own fields"), e.getMessage());
    }

    @Test
    void toStringShowsThePortAlways() {
        assertEquals("mqtts://b:8883", BrokerUrl.parse("mqtts://b").toString());
    }
}
