package it.org.camsrv.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A CamSrv server this test starts itself as a separate process, and what it measures of it. */
final class LibertyProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final Process process;
    private final Path output;
    private final long startedNanos = System.nanoTime();

    private LibertyProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts the command with extra environment; its output goes to a file, to show when something fails. */
    static LibertyProcess start(List<String> command, Map<String, String> environment, Path output) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        try {
            return new LibertyProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls the URL until it answers 200 and answers the seconds since start; fails after the timeout. */
    double secondsUntilOk(String url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            if (statusOrZero(url) == 200) {
                return (System.nanoTime() - startedNanos) / 1e9;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " did not answer 200 within " + timeout + ":\n" + tail());
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET());
    }

    static HttpResponse<String> postJson(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The status of a GET, or 0 while nothing listens on the port yet. */
    private static int statusOrZero(String url) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYetListening) {
            return 0;
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Resident memory of the started process in MB, from /proc (Linux only, like the target). */
    double residentMegabytes() throws IOException {
        return residentMegabytes(process.pid());
    }

    /** The started process and all it started (the runnable jar's launcher runs the server as a child). */
    double residentMegabytesWithChildren() throws IOException {
        double total = residentMegabytes();
        for (ProcessHandle child : process.descendants().toList()) {
            total += residentMegabytes(child.pid());
        }
        return total;
    }

    /** The command-line arguments of the started process itself (after an exec, the program it became). */
    List<String> arguments() {
        return process.toHandle().info().arguments().map(List::of).orElse(List.of());
    }

    /** The command-line arguments of the started process's children. */
    List<String> childArguments() {
        return process.descendants().flatMap(child -> child.info().arguments().stream().flatMap(java.util.Arrays::stream))
                .toList();
    }

    private static double residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(output);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops the server the way systemd does (SIGTERM) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    int exitCode() {
        return process.exitValue();
    }
}
