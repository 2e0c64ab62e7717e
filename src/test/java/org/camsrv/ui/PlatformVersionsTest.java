package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformVersionsTest {

    @Test
    void libertysVersionComesFromItsProductFile(@TempDir Path wlp) throws Exception {
        Path versions = Files.createDirectories(wlp.resolve("lib/versions"));
        Files.writeString(versions.resolve("openliberty.properties"),
                "com.ibm.websphere.productId=io.openliberty\ncom.ibm.websphere.productVersion=26.0.0.5\n");
        assertEquals("26.0.0.5", PlatformVersions.openLiberty(Optional.of(wlp.toString())));
    }

    @Test
    void withoutAnInstallFolderOrItsFileTheVersionIsUnknown(@TempDir Path empty) {
        assertEquals("unknown", PlatformVersions.openLiberty(Optional.empty()));
        assertEquals("unknown", PlatformVersions.openLiberty(Optional.of(" ")));
        assertEquals("unknown", PlatformVersions.openLiberty(Optional.of(empty.toString())));
    }

    @Test
    void javaNamesItsVersionAndVendor() {
        String java = PlatformVersions.java();
        assertTrue(java.startsWith(Runtime.version().feature() + ""), java);
        assertTrue(java.contains(System.getProperty("java.vendor")), java);
    }
}
