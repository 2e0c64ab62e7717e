package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LiveFramesTest {

    @Test
    void framesAreTakenOnlyWhileSomebodyListens() throws Exception {
        AtomicInteger captured = new AtomicInteger();
        try (LiveFrames live = new LiveFrames(() -> {
            captured.incrementAndGet();
            return new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        }, image -> new byte[] {1}, 100)) {
            Thread.sleep(100);
            assertFalse(live.isRunning());
            assertTrue(captured.get() == 0);

            Consumer<LiveFrame> viewer = frame -> { };
            live.listen(viewer);
            LiveFrame first = live.nextFrame(0, 2000);
            assertNotNull(first);
            LiveFrame second = live.nextFrame(first.number(), 2000);
            assertTrue(second.number() > first.number());

            live.stopListening(viewer);
            assertFalse(live.isRunning());
            Thread.sleep(50);
            int after = captured.get();
            Thread.sleep(100);
            assertTrue(captured.get() <= after + 1, "no more frames once nobody listens");
        }
    }

    @Test
    void waitingWithoutFramesTimesOut() throws Exception {
        try (LiveFrames live = new LiveFrames(() -> new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), i -> new byte[0], 10)) {
            assertNull(live.nextFrame(0, 50));
        }
    }

    @Test
    void aFailingFrameDoesNotEndTheStream() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LiveFrames live = new LiveFrames(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("camera hiccup");
            }
            return new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        }, image -> new byte[0], 100)) {
            live.listen(frame -> { });
            assertNotNull(live.nextFrame(0, 2000));
        }
    }
}
