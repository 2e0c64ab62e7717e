package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ViewerKeyCredentialTest {

    private static String encoded(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBasicPasswordIsWhatFollowsTheFirstColonWhateverTheName() {
        assertEquals("cvk_abc", ViewerKeyCredential.basicPassword(encoded("homeassistant:cvk_abc")));
        assertEquals("cvk_abc", ViewerKeyCredential.basicPassword(encoded(":cvk_abc")));
        assertEquals("pass:with:colons", ViewerKeyCredential.basicPassword(encoded("user:pass:with:colons")));
        assertEquals("no-colon", ViewerKeyCredential.basicPassword(encoded("no-colon")));
    }

    @Test
    void aHeaderThatIsNoBase64GivesAnEmptyKeyNotAnError() {
        assertEquals("", ViewerKeyCredential.basicPassword("%%%"));
        assertEquals("", ViewerKeyCredential.basicPassword(""));
    }
}
