package org.camsrv.ui;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.camsrv.camera.LiveVideo;
import org.camsrv.camera.LiveVideoViewer;
import org.camsrv.log.SafeLog;

/**
 * One browser's H.264 live view: a text message with the MIME type, the init segment, then a fragment per
 * frame. Sends are asynchronous, one at a time, from a short queue; a viewer that falls a second behind
 * loses fragments up to the next key frame, so it never holds up the encoder, the other viewers or photos.
 * Once a second it asks again whether the viewer may still watch, and a stream lasts at most as long as an
 * MJPEG one (the player reconnects).
 */
final class LiveVideoSocket extends Endpoint implements LiveVideoViewer {

    private static final SafeLog LOG = SafeLog.of(LiveVideoSocket.class);

    /** About a second of fragments at 30 frames a second. */
    static final int MAX_QUEUED = 30;
    /** A send that has not completed in this time means a viewer that stopped reading: it is let go. */
    static final long STALLED_SEND_MILLIS = 10_000;

    private final Predicate<LiveVideoViewer> join;
    private final Consumer<LiveVideoViewer> leave;
    private final BooleanSupplier mayWatch;
    private final Runnable whenGone;
    private final ScheduledExecutorService checks;
    private final AtomicBoolean gone = new AtomicBoolean();
    private final Deque<Object> queue = new ArrayDeque<>();
    private Session session;
    private ScheduledFuture<?> recheck;
    private volatile long opened;
    private boolean sending;
    private long sendStarted;
    private boolean skipToKeyFrame;

    /**
     * @param join a camera's {@link LiveVideo#join}, false when its encoder cannot start
     * @param leave its {@link LiveVideo#leave}
     */
    LiveVideoSocket(Predicate<LiveVideoViewer> join, Consumer<LiveVideoViewer> leave, BooleanSupplier mayWatch, Runnable whenGone,
            ScheduledExecutorService checks) {
        this.join = join;
        this.leave = leave;
        this.mayWatch = mayWatch;
        this.whenGone = whenGone;
        this.checks = checks;
    }

    /** A configuration for this one connection, whose endpoint is this object (it carries the viewer's checks). */
    ServerEndpointConfig endpointConfig(String path) {
        LiveVideoSocket self = this;
        return ServerEndpointConfig.Builder.create(LiveVideoSocket.class, path)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(self);
                    }
                }).build();
    }

    @Override
    public void onOpen(Session opening, EndpointConfig config) {
        synchronized (this) {
            session = opening;
            opened = System.currentTimeMillis();
        }
        opening.setMaxIdleTimeout(0); // the browser only listens; stalls are caught by the re-check instead
        recheck = checks.scheduleWithFixedDelay(this::recheck, 1, 1, TimeUnit.SECONDS);
        if (!join.test(this)) {
            closeWith(CloseReason.CloseCodes.TRY_AGAIN_LATER, "The H.264 encoder did not start");
        }
    }

    @Override
    public void onClose(Session closing, CloseReason reason) {
        leave();
    }

    @Override
    public void onError(Session failing, Throwable error) {
        LOG.fine(() -> "Live view WebSocket failed: " + error);
        leave();
    }

    @Override
    public void begin(String mimeType, byte[] init) {
        synchronized (this) {
            queue.add(mimeType);
            queue.add(init);
            sendNext();
        }
    }

    @Override
    public synchronized void fragment(byte[] bytes, boolean keyFrame) {
        if (skipToKeyFrame && !keyFrame || queue.size() >= MAX_QUEUED) {
            skipToKeyFrame = true; // a fragment lost: the next ones cannot be decoded until a key frame
            return;
        }
        skipToKeyFrame = false;
        queue.add(bytes);
        sendNext();
    }

    @Override
    public void end() {
        closeWith(CloseReason.CloseCodes.GOING_AWAY, "The encoder stopped");
    }

    private void sendNext() {
        if (sending || queue.isEmpty() || gone.get() || session == null) {
            return;
        }
        Object next = queue.poll();
        sending = true;
        sendStarted = System.currentTimeMillis();
        try {
            if (next instanceof String text) {
                session.getAsyncRemote().sendText(text, this::sent);
            } else {
                session.getAsyncRemote().sendBinary(ByteBuffer.wrap((byte[]) next), this::sent);
            }
        } catch (RuntimeException e) {
            sending = false; // the session closed meanwhile; onClose does the rest
        }
    }

    private synchronized void sent(SendResult result) {
        sending = false;
        if (result.isOK()) {
            sendNext();
        } else {
            queue.clear();
        }
    }

    private void recheck() {
        long now = System.currentTimeMillis();
        boolean stalled;
        synchronized (this) {
            stalled = sending && now - sendStarted > STALLED_SEND_MILLIS;
        }
        if (!mayWatch.getAsBoolean()) {
            closeWith(CloseReason.CloseCodes.VIOLATED_POLICY, "Please log in to see the camera");
        } else if (now - opened > LiveStreamServlet.MAX_STREAM_MILLIS) {
            closeWith(CloseReason.CloseCodes.GOING_AWAY, "Time to reconnect");
        } else if (stalled) {
            closeWith(CloseReason.CloseCodes.GOING_AWAY, "The viewer stopped reading");
        }
    }

    private void closeWith(CloseReason.CloseCode code, String reason) {
        Session current;
        synchronized (this) {
            current = session;
        }
        try {
            if (current != null && current.isOpen()) {
                current.close(new CloseReason(code, reason));
            }
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "Live view WebSocket did not close cleanly: " + e);
        } finally {
            leave(); // a viewer whose close handshake never comes back is let go all the same
        }
    }

    private void leave() {
        if (gone.compareAndSet(false, true)) {
            if (recheck != null) {
                recheck.cancel(false);
            }
            leave.accept(this);
            whenGone.run();
            synchronized (this) {
                queue.clear();
            }
        }
    }
}
