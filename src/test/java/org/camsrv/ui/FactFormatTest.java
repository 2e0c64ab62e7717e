package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FactFormatTest {

    @Test
    void sizesUseDecimalUnitsWithOneDecimal() {
        assertEquals("0 bytes", FactFormat.bytes(0));
        assertEquals("1 byte", FactFormat.bytes(1));
        assertEquals("999 bytes", FactFormat.bytes(999));
        assertEquals("1.0 kB", FactFormat.bytes(1000));
        assertEquals("1.5 MB", FactFormat.bytes(1_500_000));
        assertEquals("12.3 GB", FactFormat.bytes(12_345_678_901L));
        assertEquals("2.0 TB", FactFormat.bytes(2_000_000_000_000L));
    }

    @Test
    void aSizeJustBelowTheNextUnitIsWrittenInTheNextUnit() {
        assertEquals("1.0 MB", FactFormat.bytes(999_999));
    }

    @Test
    void countsGroupThousandsTheSameInEveryLocale() {
        assertEquals("100,000", FactFormat.count(100_000));
    }

    @Test
    void uptimeShowsItsTwoLargestUnits() {
        assertEquals("42 s", FactFormat.duration(Duration.ofSeconds(42)));
        assertEquals("7 min 12 s", FactFormat.duration(Duration.ofSeconds(7 * 60 + 12)));
        assertEquals("2 h 5 min", FactFormat.duration(Duration.ofMinutes(125).plusSeconds(59)));
        assertEquals("3 d 4 h", FactFormat.duration(Duration.ofHours(3 * 24 + 4).plusMinutes(30)));
        assertEquals("1 d 0 h", FactFormat.duration(Duration.ofDays(1)));
    }
}
