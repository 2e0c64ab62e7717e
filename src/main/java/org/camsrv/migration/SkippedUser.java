package org.camsrv.migration;

/**
 * A raspiCamSrv user that cannot be taken over, and why in a few words ("unknown hash format"). The
 * name comes from a file anyone may have written: it is shortened and stripped of control characters
 * before a page or the log shows it.
 */
public record SkippedUser(String name, String reason) {

    static final int MAX_SHOWN = 64;

    public SkippedUser {
        String printable = name == null ? "" : name.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        name = printable.length() > MAX_SHOWN ? printable.substring(0, MAX_SHOWN) + "…" : printable;
    }
}
