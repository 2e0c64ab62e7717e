package it.org.camsrv.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.camsrv.camera.simulated.FrameStamp;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Glass-to-glass latency as a person would see it: the browser draws what the Live page shows (the video or
 * the MJPEG image) into a canvas, reads the simulated camera's frame stamp from the pixels and notes its own
 * clock; the server's capture time in the stamp and the browser's clock are the same machine's.
 */
final class LiveLatency {

    /** Samples the element every {@code everyMillis}, {@code count} times; each sample: the browser's time, then the 80 blocks' brightness. */
    private static final String SAMPLE = """
            var done = arguments[arguments.length - 1];
            var element = document.getElementById(arguments[0]), count = arguments[1], every = arguments[2];
            var canvas = document.createElement('canvas'), samples = [];
            function once() {
              var w = element.videoWidth || element.naturalWidth, h = element.videoHeight || element.naturalHeight;
              if (w > 0 && h > 0) {
                canvas.width = w; canvas.height = h;
                var g = canvas.getContext('2d', { willReadFrequently: true });
                g.drawImage(element, 0, 0, w, h);
                var now = Date.now();
                var cell = Math.max(1, Math.floor(w / 40)), top = Math.max(0, h - 2 * cell), m = Math.floor(cell / 4);
                var data = g.getImageData(0, top, cell * 40, cell * 2).data, cells = [now];
                for (var i = 0; i < 80; i++) {
                  var x0 = (i % 40) * cell, y0 = Math.floor(i / 40) * cell, sum = 0, n = 0;
                  for (var y = y0 + m; y < y0 + cell - m; y++) {
                    for (var x = x0 + m; x < x0 + cell - m; x++) {
                      var k = (y * cell * 40 + x) * 4; sum += (data[k] + data[k + 1] + data[k + 2]) / 3; n++;
                    }
                  }
                  cells.push(Math.round(sum / n));
                }
                samples.push(cells);
              }
              if (samples.length >= count) { done(samples); } else { setTimeout(once, every); }
            }
            once();
            """;

    /** Latencies in milliseconds, and how many samples showed no readable stamp. */
    record Figures(List<Long> millis, int unreadable) {
        long median() {
            return percentile(50);
        }

        long p95() {
            return percentile(95);
        }

        long percentile(int percent) {
            List<Long> sorted = new ArrayList<>(millis);
            sorted.sort(null);
            if (sorted.isEmpty()) {
                return Long.MAX_VALUE;
            }
            int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }

        String describe(String what) {
            return what + " glass-to-glass latency: median " + median() + " ms, p95 " + p95() + " ms (" + millis.size()
                    + " frames read, " + unreadable + " unreadable)";
        }
    }

    private LiveLatency() {
    }

    @SuppressWarnings("unchecked")
    static Figures measure(WebDriver driver, String elementId, int count, long everyMillis) {
        driver.manage().timeouts().scriptTimeout(Duration.ofMillis(count * everyMillis * 3 + 20_000));
        List<List<Number>> samples = (List<List<Number>>) ((JavascriptExecutor) driver)
                .executeAsyncScript(SAMPLE, elementId, count, everyMillis);
        List<Long> latencies = new ArrayList<>();
        int unreadable = 0;
        for (List<Number> sample : samples) {
            int[] cells = new int[FrameStamp.CELLS];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = sample.get(i + 1).intValue();
            }
            OptionalLong stamp = FrameStamp.decode(cells);
            if (stamp.isPresent()) {
                latencies.add(sample.get(0).longValue() - stamp.getAsLong());
            } else {
                unreadable++;
            }
        }
        return new Figures(latencies, unreadable);
    }
}
