package org.camsrv.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs photo routes on two threads of their own, so that requests waiting for the camera (encoding,
 * writing to disk) do not hold the server's request threads: under load those threads stayed blocked
 * and every other route queued behind the photos. Two, because at most two photos are taken at a time.
 */
@ApplicationScoped
public class CameraWork {

    /**
     * Photos waiting beyond this are answered at once with 503 instead of piling up: on a Pi a longer
     * queue would outlast the clients' patience and still be worked off after they left.
     */
    static final int MAX_WAITING = 64;

    private final ThreadPoolExecutor line = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(MAX_WAITING), runnable -> {
                Thread thread = new Thread(runnable, "camsrv-camera-work");
                thread.setDaemon(true);
                return thread;
            });

    @PreDestroy
    void stop() {
        line.shutdownNow();
    }

    public CompletionStage<Response> later(Supplier<Response> work) {
        try {
            return CompletableFuture.supplyAsync(work, line);
        } catch (RejectedExecutionException e) {
            Response busy = ApiResponses.json(Response.Status.SERVICE_UNAVAILABLE,
                    ApiResponses.object().add("message", "The camera is busy; please try again in a moment").build());
            return CompletableFuture.completedFuture(Response.fromResponse(busy).header("Retry-After", "2").build());
        }
    }
}
