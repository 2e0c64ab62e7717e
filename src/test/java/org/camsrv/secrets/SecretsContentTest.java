package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.RASPI_SECRET;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SecretsContentTest {

    @Test
    void completingCompleteContentKeepsItAsItIs() throws Exception {
        SecretsContent content = SecretsContent.of(Path.of("/s.secrets"),
                SecretsFixtures.complete(RASPI_SECRET, SecretsFixtures.p256Pair()));
        assertTrue(content.isComplete());
        assertSame(content, content.completed());
    }
}
