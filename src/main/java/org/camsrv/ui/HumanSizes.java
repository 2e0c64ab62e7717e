package org.camsrv.ui;

import java.util.Locale;

/** Sizes as people read them. */
final class HumanSizes {

    private HumanSizes() {
    }

    /** 999 B, 1.5 KB, 2.3 MB, 1.2 GB (powers of 1024, one decimal). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
