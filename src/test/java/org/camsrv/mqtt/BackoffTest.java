package org.camsrv.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsDoubleFromOneSecondToAMinuteAndStayThere() {
        Backoff backoff = new Backoff();
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            seconds.add(backoff.next().toSeconds());
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), seconds);
    }

    @Test
    void aSuccessStartsAgainFromOneSecond() {
        Backoff backoff = new Backoff();
        backoff.next();
        backoff.next();
        backoff.reset();
        assertEquals(Duration.ofSeconds(1), backoff.next());
    }
}
