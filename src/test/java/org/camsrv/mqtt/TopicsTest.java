package org.camsrv.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private final Topics topics = new Topics("homeassistant", "pi-1");

    @Test
    void topicsFollowTheContract() {
        assertEquals("camsrv/pi-1/availability", topics.availability());
        assertEquals("camsrv/pi-1/events", topics.events());
        assertEquals("camsrv/pi-1/cam0/motion", topics.state(0, "motion"));
        assertEquals("camsrv/pi-1/cam1/take_photo/set", topics.command(1, "take_photo"));
        assertEquals("camsrv/pi-1/+/+/set", topics.commandFilter());
        assertEquals("homeassistant/switch/pi-1/cam0_record/config", topics.discovery("switch", "cam0_record"));
    }

    @Test
    void commandTopicsAreReadBackAndOthersAreNot() {
        assertEquals(Optional.of(new Topics.CommandTopic(1, "record")), topics.parseCommand("camsrv/pi-1/cam1/record/set"));
        assertTrue(topics.parseCommand("camsrv/other/cam0/record/set").isEmpty());
        assertTrue(topics.parseCommand("camsrv/pi-1/cam0/record").isEmpty());
        assertTrue(topics.parseCommand("camsrv/pi-1/camx/record/set").isEmpty());
        assertTrue(topics.parseCommand("camsrv/pi-1/cam0/a/b/set").isEmpty());
        assertTrue(topics.parseCommand("camsrv/pi-1/cam999/record/set").isEmpty());
        assertTrue(topics.parseCommand("camsrv/pi-1/cam0/Record/set").isEmpty());
        assertTrue(topics.parseCommand(null).isEmpty());
    }
}
