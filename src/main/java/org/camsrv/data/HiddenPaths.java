package org.camsrv.data;

import java.util.regex.Pattern;

/**
 * The one rule for places on disk in what a plain user or a stranger is shown: an absolute or home
 * path, or a file URL, becomes "(path hidden)". A library's load error, a changed file setting and
 * the API's info all go through it; only a SuperUser sees the paths themselves.
 */
public final class HiddenPaths {

    public static final String HIDDEN_PATH = "(path hidden)";

    /** An absolute or home path, or a file URL, inside a message. */
    private static final Pattern PATH_IN_TEXT = Pattern.compile("(?<![\\w.~-])(?:file:|~)?/[^\\s,;:()\\[\\]'\"]+");

    private HiddenPaths() {
    }

    public static String mask(String text) {
        return text == null ? null : PATH_IN_TEXT.matcher(text).replaceAll(HIDDEN_PATH);
    }
}
