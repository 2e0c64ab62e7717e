package org.camsrv.settings;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one section of a secrets file as text, for comparing before and after. */
final class MqttSettingsTestJson {

    private MqttSettingsTestJson() {
    }

    static String section(Path file, String name) throws IOException {
        return Json.createReader(new StringReader(Files.readString(file))).readObject().get(name).toString();
    }
}
