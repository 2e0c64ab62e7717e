package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ServerRestartTest {

    @Test
    void outsideLibertyThereIsNoWayToRestartAndItSaysSo() {
        // No JNDI here: the application's name cannot be looked up.
        assertFalse(new ServerRestart().restartApplication());
    }
}
