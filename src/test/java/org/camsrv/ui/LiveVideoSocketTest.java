package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A viewer who reads slowly: one send at a time, a queue of about a second, and what does not fit is dropped up
 * to the next key frame, so that the fragments it does get still decode. The WebSocket session is a stand-in
 * whose sends complete only when the test says so (a real one is in LiveVideoIT and LivePageUiIT).
 */
class LiveVideoSocketTest {

    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor();
    private final List<Object> sent = new ArrayList<>();
    private final List<SendHandler> pending = new ArrayList<>();

    @AfterEach
    void stop() {
        checks.shutdownNow();
    }

    @Test
    void aSlowViewerGetsOneSendAtATimeAndLosesFragmentsUpToTheNextKeyFrame() {
        LiveVideoSocket socket = openSocket();
        socket.begin("video/mp4; codecs=\"avc1.64001e\"", new byte[] {0});
        assertEquals(1, sent.size(), "one send at a time: the MIME type first");
        completeOne();
        assertEquals(2, sent.size(), "then the init segment");

        for (int i = 1; i <= LiveVideoSocket.MAX_QUEUED + 5; i++) {
            socket.fragment(new byte[] {(byte) i}, i == 1);
        }
        socket.fragment(new byte[] {100}, false); // still no key frame: dropped too
        socket.fragment(new byte[] {101}, true);  // a key frame, but the queue is still full
        while (!pending.isEmpty()) {
            completeOne();
        }
        List<Integer> delivered = fragmentsSent();
        assertEquals(LiveVideoSocket.MAX_QUEUED, delivered.size(), "the queue held about a second: " + delivered);
        assertEquals(1, delivered.get(0));
        assertEquals(LiveVideoSocket.MAX_QUEUED, delivered.get(delivered.size() - 1), "nothing past the full queue");

        socket.fragment(new byte[] {102}, false);
        assertEquals(LiveVideoSocket.MAX_QUEUED, fragmentsSent().size(), "after a loss only a key frame resumes the stream");
        socket.fragment(new byte[] {103}, true);
        socket.fragment(new byte[] {104}, false);
        while (!pending.isEmpty()) {
            completeOne();
        }
        List<Integer> after = fragmentsSent().subList(LiveVideoSocket.MAX_QUEUED, fragmentsSent().size());
        assertEquals(List.of(103, 104), after);
    }

    @Test
    void aViewerWhoKeepsUpLosesNothing() {
        LiveVideoSocket socket = openSocket();
        socket.begin("video/mp4", new byte[] {0});
        for (int i = 1; i <= 100; i++) {
            while (!pending.isEmpty()) {
                completeOne();
            }
            socket.fragment(new byte[] {(byte) i}, i % 15 == 1);
        }
        while (!pending.isEmpty()) {
            completeOne();
        }
        assertEquals(100, fragmentsSent().size());
    }

    private LiveVideoSocket openSocket() {
        LiveVideoSocket socket = new LiveVideoSocket(viewer -> true, viewer -> { }, () -> true, () -> { }, checks);
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendBinary") || method.getName().equals("sendText")) {
                        sent.add(args[0] instanceof ByteBuffer buffer ? buffer.duplicate() : args[0]);
                        pending.add((SendHandler) args[1]);
                    }
                    return null;
                });
        Session session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> remote;
                    case "isOpen" -> true;
                    default -> null;
                });
        socket.onOpen(session, null);
        return socket;
    }

    private void completeOne() {
        pending.remove(0).onResult(new SendResult());
    }

    private List<Integer> fragmentsSent() {
        List<Integer> fragments = new ArrayList<>();
        for (Object message : sent.subList(Math.min(2, sent.size()), sent.size())) {
            fragments.add((int) ((ByteBuffer) message).get(0));
        }
        return fragments;
    }
}
