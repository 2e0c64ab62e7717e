package org.camsrv.log;

/**
 * Makes text safe for one log line: CR, LF, tab and every other control character (C0, DEL, C1) and
 * the Unicode line and paragraph separators become visible escapes ({@code \r}, {@code \n}, {@code \t},
 * {@code \u0085}), so a request path or a name with {@code %0D%0A} in it cannot start a line of its own.
 */
public final class LogText {

    private LogText() {
    }

    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(LogText::needsEscape)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> safe.append("\\r");
                case '\n' -> safe.append("\\n");
                case '\t' -> safe.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        safe.append(String.format("\\u%04x", (int) c));
                    } else {
                        safe.append(c);
                    }
                }
            }
        }
        return safe.toString();
    }

    private static boolean needsEscape(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
    }
}
