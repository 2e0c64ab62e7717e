package it.org.camsrv.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The test server's messages.log: a mark now, and the lines written after it once the log has gone quiet. */
public final class ServerLog {

    private final Path file = Path.of(System.getProperty("it.wlp", "target/liberty/wlp"),
            "usr/servers/camsrvTest/logs/messages.log");
    private final int mark;

    private ServerLog() throws IOException {
        this.mark = Files.readAllLines(file).size();
    }

    /** Marks the end of the log as it is now. */
    public static ServerLog mark() throws IOException {
        return new ServerLog();
    }

    /** The lines added since the mark, read when the log has stopped growing (Liberty writes from its own thread). */
    public List<String> linesSince() throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < 20; i++) {
            Thread.sleep(250);
            List<String> now = Files.readAllLines(file);
            if (now.size() == lines.size()) {
                break;
            }
            lines = now;
        }
        return lines.subList(Math.min(mark, lines.size()), lines.size());
    }
}
