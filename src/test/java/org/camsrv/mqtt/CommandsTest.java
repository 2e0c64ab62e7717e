package org.camsrv.mqtt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void eachCommandTakesHomeAssistantsPayloads() {
        assertTrue(Commands.parse("take_photo", "PRESS").isPresent());
        assertTrue(Commands.parse("take_photo", " press\n").isPresent());
        assertTrue(Commands.parse("record", "ON").isPresent());
        assertTrue(Commands.parse("record", "OFF").isPresent());
        assertTrue(Commands.parse("motion_capture", "on").isPresent());
        assertTrue(Commands.parse("motion_capture", "OFF").isPresent());
    }

    @Test
    void aPayloadACommandDoesNotTakeIsRefused() {
        assertFalse(Commands.parse("take_photo", "ON").isPresent());
        assertFalse(Commands.parse("take_photo", "").isPresent());
        assertFalse(Commands.parse("record", "PRESS").isPresent());
        assertFalse(Commands.parse("record", "{\"state\":\"ON\"}").isPresent());
        assertFalse(Commands.parse("motion_capture", "1").isPresent());
        assertFalse(Commands.parse("delete_everything", "PRESS").isPresent());
        assertFalse(Commands.parse("record", null).isPresent());
    }
}
