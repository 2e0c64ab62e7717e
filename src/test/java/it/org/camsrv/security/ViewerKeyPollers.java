package it.org.camsrv.security;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.ViewerKeyPages;
import it.org.camsrv.support.WebSession;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Twenty Home Assistants against a running server: each polls /photo_feed with one viewer key once a second. Reports
 * the pollers' errors and answer times, and the owner's settings page and /api/protected answer times before and
 * during the polling. Arguments: base URL, SuperUser name, password, seconds. Run by bench/viewer-keys.sh.
 */
public final class ViewerKeyPollers {

    private ViewerKeyPollers() {
    }

    public static void main(String[] args) throws Exception {
        URL base = new URL(args[0]);
        String name = args[1];
        String password = args[2];
        int seconds = Integer.parseInt(args[3]);
        WebSession owner = new WebSession(RawHttp.to(base)).logIn(name, password);
        String key = ViewerKeyPages.create(owner, "bench pollers");
        ApiClient api = new ApiClient(base);
        String token = api.post("api/login", "{\"username\": \"" + name + "\", \"password\": \"" + password + "\"}", null)
                .json().getString("access_token");

        List<Long> pageBefore = new ArrayList<>();
        List<Long> apiBefore = new ArrayList<>();
        sampleOwner(owner, api, token, new ArrayList<>(), new ArrayList<>(), 100); // warm-up, not counted
        sampleOwner(owner, api, token, pageBefore, apiBefore, 40);

        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(20);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger polls = new AtomicInteger();
        List<Long> pollMillis = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> basic = ViewerKeyPages.basic("homeassistant", key);
        for (int i = 0; i < 20; i++) {
            pollers.scheduleAtFixedRate(() -> {
                long started = System.nanoTime();
                try {
                    RawHttp.Answer answer = RawHttp.to(base).get("/photo_feed", basic);
                    if (answer.status() != 200 || !"image/jpeg".equals(answer.header("Content-Type"))) {
                        errors.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
                polls.incrementAndGet();
                pollMillis.add((System.nanoTime() - started) / 1_000_000);
            }, i * 50L, 1000, TimeUnit.MILLISECONDS);
        }
        List<Long> pageDuring = new ArrayList<>();
        List<Long> apiDuring = new ArrayList<>();
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < end) {
            sampleOwner(owner, api, token, pageDuring, apiDuring, 1);
            Thread.sleep(500);
        }
        pollers.shutdown();
        pollers.awaitTermination(30, TimeUnit.SECONDS);

        System.out.printf("20 pollers of /photo_feed with a viewer key, 1/s for %d s: %d polls, %d errors, answer median %d ms, "
                + "p95 %d ms%n", seconds, polls.get(), errors.get(), percentile(pollMillis, 50), percentile(pollMillis, 95));
        System.out.printf("owner's /settings page: before median %d ms p95 %d ms; during median %d ms p95 %d ms (%d samples)%n",
                percentile(pageBefore, 50), percentile(pageBefore, 95), percentile(pageDuring, 50), percentile(pageDuring, 95),
                pageDuring.size());
        System.out.printf("/api/protected: before median %d ms p95 %d ms; during median %d ms p95 %d ms%n",
                percentile(apiBefore, 50), percentile(apiBefore, 95), percentile(apiDuring, 50), percentile(apiDuring, 95));
    }

    private static void sampleOwner(WebSession owner, ApiClient api, String token, List<Long> page, List<Long> apiTimes, int times) {
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            if (owner.get("/settings").status() != 200) {
                throw new IllegalStateException("the owner's page failed");
            }
            page.add((System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            if (api.get("api/protected", token).status() != 200) {
                throw new IllegalStateException("/api/protected failed");
            }
            apiTimes.add((System.nanoTime() - started) / 1_000_000);
        }
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
