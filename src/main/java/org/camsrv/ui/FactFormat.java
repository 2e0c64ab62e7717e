package org.camsrv.ui;

import java.time.Duration;
import java.util.Locale;

/** How the Info page writes sizes, counts and durations: short, and the same in every locale. */
final class FactFormat {

    private static final String[] UNITS = {"kB", "MB", "GB", "TB", "PB"};

    private FactFormat() {
    }

    /** Decimal units as on a disk's label: 999 bytes, 1.0 kB, 12.3 GB. */
    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** The two largest units that matter: 3 d 4 h, 2 h 5 min, 7 min 12 s, 42 s. */
    static String duration(Duration duration) {
        long days = duration.toDays();
        int hours = duration.toHoursPart();
        int minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        if (minutes > 0) {
            return minutes + " min " + duration.toSecondsPart() + " s";
        }
        return duration.toSecondsPart() + " s";
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
