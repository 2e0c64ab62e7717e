package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.camsrv.ui.InfoFacts.Fact;
import org.junit.jupiter.api.Test;

class InfoFactsTest {

    private final InfoFacts facts = InfoFacts.builder()
            .group("Server").fact("CamSrv", "0.1.0")
            .group("Cameras").fact("Why these cameras",
                    "simulated camera, because native libcamera shim not available: /opt/lib/libcamsrv_camera.so: cannot open")
            .group("Storage").path("Data folder", "/var/lib/camsrv").fact("Free disk space", "3.0 GB of 32.0 GB (9 %)")
            .group("Secrets").path("Secrets file", "/home/pi/.secrets/raspiCamSrv.secrets")
            .warning("The disk of the data folder is almost full: 3.0 GB free. Photos and videos fail once it is full.")
            .build();

    @Test
    void theTextHasTheWarningsAndEveryGroupWithItsFacts() {
        assertEquals("""
                CamSrv information
                Warning: The disk of the data folder is almost full: 3.0 GB free. Photos and videos fail once it is full.

                Server
                  CamSrv: 0.1.0

                Cameras
                  Why these cameras: simulated camera, because native libcamera shim not available: /opt/lib/libcamsrv_camera.so: cannot open

                Storage
                  Data folder: /var/lib/camsrv
                  Free disk space: 3.0 GB of 32.0 GB (9 %)

                Secrets
                  Secrets file: /home/pi/.secrets/raspiCamSrv.secrets
                """, facts.asText());
    }

    @Test
    void withoutPathsLeavesOutPathFactsAndGroupsLeftEmpty() {
        InfoFacts plain = facts.withoutPaths();
        assertEquals(List.of("Server", "Cameras", "Storage"), plain.groups().stream().map(InfoFacts.Group::title).toList());
        assertEquals(List.of(new Fact("Free disk space", "3.0 GB of 32.0 GB (9 %)", false)), plain.groups().get(2).facts());
        assertFalse(plain.asText().contains("/var/lib/camsrv") || plain.asText().contains(".secrets"), plain.asText());
    }

    @Test
    void withoutPathsMasksAPathInsideAnotherFact() {
        assertEquals("simulated camera, because native libcamera shim not available: (path hidden): cannot open",
                facts.withoutPaths().groups().get(1).facts().get(0).value());
    }

    @Test
    void maskingTakesFileUrlsButLeavesRelativePathsFractionsAndWordsAlone() {
        assertEquals("not found in [(path hidden)]", InfoFacts.maskPaths("not found in [file:/tmp/camsrv.war]"));
        assertEquals("linux-x86-64/libcamsrv_camera.so at 3/4 and 1920×1080 (camsrv.camera=simulated)",
                InfoFacts.maskPaths("linux-x86-64/libcamsrv_camera.so at 3/4 and 1920×1080 (camsrv.camera=simulated)"));
        assertEquals("(path hidden) and (path hidden)", InfoFacts.maskPaths("/a and ~/b"));
    }
}
