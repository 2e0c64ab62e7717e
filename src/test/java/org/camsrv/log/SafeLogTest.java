package org.camsrv.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What reaches the log handler: one line per call, whatever a client put into the text. */
class SafeLogTest {

    private static final String FORGED = "GET /api/x\r\n[12/3/26, 10:00:00:000 UTC] 0000 org.camsrv.auth I owner logged in";

    private final List<LogRecord> records = new ArrayList<>();
    private final SafeLog log = SafeLog.of(SafeLogTest.class);

    @BeforeEach
    void catchRecords() {
        Logger logger = Logger.getLogger(SafeLogTest.class.getName());
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        for (Handler old : logger.getHandlers()) {
            logger.removeHandler(old);
        }
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void lineBreaksAndControlCharactersBecomeVisibleEscapes() {
        assertEquals("a\\r\\nb\\tc\\u001b[31m\\u0000\\u007f\\u0085\\u2028d", LogText.escape("a\r\nb\tc\u001b[31m\u0000\u007f\u0085\u2028d"));
        assertEquals("Grüße /media/20261203_1.jpg", LogText.escape("Grüße /media/20261203_1.jpg"));
        String plain = "nothing to escape";
        assertSame(plain, LogText.escape(plain), "no copy when nothing is escaped");
        assertEquals(null, LogText.escape(null));
    }

    @Test
    void everyKindOfCallIsEscaped() {
        log.info(FORGED);
        log.info(() -> FORGED);
        log.warning(FORGED);
        log.warning(() -> FORGED);
        log.fine(FORGED);
        log.fine(() -> FORGED);
        log.severe(FORGED);
        log.log(Level.INFO, FORGED);
        log.log(Level.INFO, () -> FORGED);
        log.log(Level.WARNING, "{0}; starting with defaults", FORGED);
        assertEquals(10, records.size());
        for (LogRecord record : records) {
            String text = MessageFormat.format(record.getMessage(), record.getParameters() == null ? new Object[0] : record.getParameters());
            assertFalse(text.contains("\n") || text.contains("\r"), text);
            assertTrue(text.contains("GET /api/x\\r\\n[12/3/26"), text);
        }
    }

    @Test
    void anExceptionsTextIsEscapedAndItsStackTraceKept() {
        IllegalArgumentException cause = new IllegalArgumentException("bad name\nforged line");
        IllegalStateException thrown = new IllegalStateException("wrapped\r\nforged", cause);
        log.log(Level.WARNING, "Failed\nforged", thrown);
        LogRecord record = records.get(0);
        assertEquals("Failed\\nforged", record.getMessage());
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        String[] lines = trace.toString().split("\n");
        assertEquals("java.lang.IllegalStateException: wrapped\\r\\nforged", lines[0].strip());
        assertTrue(lines[1].strip().startsWith("at org.camsrv.log.SafeLogTest."), lines[1]);
        assertTrue(trace.toString().contains("Caused by: java.lang.IllegalArgumentException: bad name\\nforged line"), trace.toString());
        assertTrue(java.util.Arrays.stream(lines).allMatch(line -> line.strip().startsWith("at ")
                || line.strip().startsWith("...") || line.contains("Exception: ")), trace.toString());
    }

    @Test
    void nothingIsMadeForALevelThatIsNotLogged() {
        Logger.getLogger(SafeLogTest.class.getName()).setLevel(Level.INFO);
        log.fine(() -> {
            throw new AssertionError("the message was made although FINE is off");
        });
        assertTrue(records.isEmpty());
    }
}
