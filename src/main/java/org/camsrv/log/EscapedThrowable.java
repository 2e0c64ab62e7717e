package org.camsrv.log;

/**
 * A stand-in for a logged exception whose text (class and message, and its causes') is escaped: an
 * exception message may quote what a client sent. It keeps the stack trace, so the log loses nothing.
 */
final class EscapedThrowable extends Throwable {

    private static final long serialVersionUID = 1L;
    /** Deeper causes than this are cut: a cause chain may be built to be long. */
    private static final int MAX_CAUSES = 8;

    private EscapedThrowable(Throwable original, int depth) {
        super(LogText.escape(original.toString()),
                original.getCause() == null || depth >= MAX_CAUSES ? null : new EscapedThrowable(original.getCause(), depth + 1),
                false, true); // writable, so that the original stack trace can be set
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        return original == null ? null : new EscapedThrowable(original, 0);
    }

    /** The original's "class: message", escaped, without this class's name in front of it. */
    @Override
    public String toString() {
        return getMessage();
    }
}
