package org.camsrv.log;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way CamSrv classes log: a java.util.logging logger of the class's name (so Liberty's
 * messages.log and its trace settings see the same names as before) whose every message, parameter and
 * exception text is escaped by {@link LogText} first. A client's path, name or header can thus never
 * start a log line of its own.
 */
public final class SafeLog {

    private final Logger logger;

    private SafeLog(Logger logger) {
        this.logger = logger;
    }

    public static SafeLog of(Class<?> owner) {
        return new SafeLog(Logger.getLogger(owner.getName()));
    }

    public boolean isLoggable(Level level) {
        return logger.isLoggable(level);
    }

    public void log(Level level, String message) {
        logger.log(level, LogText.escape(message));
    }

    /** The message is made only when the level is logged. */
    public void log(Level level, Supplier<String> message) {
        logger.log(level, () -> LogText.escape(message.get()));
    }

    public void log(Level level, String message, Throwable thrown) {
        if (logger.isLoggable(level)) {
            logger.log(level, LogText.escape(message), EscapedThrowable.of(thrown));
        }
    }

    /** A message with one {0} parameter; the parameter is escaped too. */
    public void log(Level level, String message, Object parameter) {
        if (logger.isLoggable(level)) {
            logger.log(level, LogText.escape(message), LogText.escape(String.valueOf(parameter)));
        }
    }

    public void severe(String message) {
        log(Level.SEVERE, message);
    }

    public void warning(String message) {
        log(Level.WARNING, message);
    }

    public void warning(Supplier<String> message) {
        log(Level.WARNING, message);
    }

    public void info(String message) {
        log(Level.INFO, message);
    }

    public void info(Supplier<String> message) {
        log(Level.INFO, message);
    }

    public void fine(String message) {
        log(Level.FINE, message);
    }

    public void fine(Supplier<String> message) {
        log(Level.FINE, message);
    }
}
