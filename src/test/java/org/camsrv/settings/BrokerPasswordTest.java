package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.camsrv.secrets.SecretsFile;
import org.camsrv.secrets.SecretsFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerPasswordTest {

    @TempDir
    Path folder;

    @Test
    void thePasswordGetsASectionOfItsOwnAndTheJwtKeysStayAsTheyWere() throws Exception {
        Path file = folder.resolve("s/camsrv.secrets");
        new SecretsFile(file).prepare();
        String keysBefore = MqttSettingsTestJson.section(file, "jwtSecrets");
        BrokerPassword.store(file.toString(), "p@ss \"word\"");
        assertEquals(Optional.of("p@ss \"word\""), BrokerPassword.read(file.toString()));
        assertEquals(keysBefore, MqttSettingsTestJson.section(file, "jwtSecrets"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        BrokerPassword.store(file.toString(), "second");
        assertEquals(Optional.of("second"), BrokerPassword.read(file.toString()));
    }

    @Test
    void aMissingFileIsCreatedWithOnlyThePassword() throws Exception {
        Path file = folder.resolve("new/deeper/camsrv.secrets");
        BrokerPassword.store(file.toString(), "pw");
        assertEquals(Optional.of("pw"), BrokerPassword.read(file.toString()));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertFalse(new SecretsFile(file).hasAllKeys(), "no JWT keys were made for it");
    }

    @Test
    void withoutASecretsFileThePasswordCannotBeKeptAndTheMessageSaysWhy() {
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> BrokerPassword.store("", "pw"));
        assertTrue(e.getMessage().contains("No secrets file is set"), e.getMessage());
        assertFalse(e.getMessage().contains("pw"), e.getMessage());
        assertEquals(Optional.empty(), BrokerPassword.read(""));
    }

    @Test
    void aFileThatIsNotJsonIsLeftAsItWas() throws Exception {
        Path file = folder.resolve("broken.secrets");
        Files.writeString(file, "not json");
        assertThrows(SecretsFileException.class, () -> BrokerPassword.store(file.toString(), "pw"));
        assertEquals("not json", Files.readString(file));
        assertEquals(Optional.empty(), BrokerPassword.read(file.toString()));
    }

    @Test
    void theJwtSectionIsNotOneToWriteTextsInto() {
        assertThrows(IllegalArgumentException.class,
                () -> new SecretsFile(folder.resolve("x.secrets")).putSectionText("jwtSecrets", "jwtSecretKey", "planted"));
    }
}
