package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnapshotCallersTest {

    private final SnapshotCallers callers = new SnapshotCallers();

    @Test
    void fourAtOnceFromOneViewerAndOthersUnaffected() {
        for (int i = 0; i < SnapshotCallers.MAX_PER_VIEWER; i++) {
            assertTrue(callers.enter("address:10.0.0.2"));
        }
        assertFalse(callers.enter("address:10.0.0.2"));
        assertTrue(callers.enter("user:1"), "another viewer has places of their own");
        callers.leave("address:10.0.0.2");
        assertTrue(callers.enter("address:10.0.0.2"), "a finished snapshot frees its place");
    }

    @Test
    void leavingEveryPlaceForgetsTheViewer() {
        callers.enter("address:10.0.0.2");
        callers.leave("address:10.0.0.2");
        callers.leave("address:10.0.0.2");
        assertEquals(0, callers.inProgress("address:10.0.0.2"));
    }
}
