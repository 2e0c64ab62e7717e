package org.camsrv.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user name and per client address, for the API and the login page
 * alike. Past a few failures within the window, further attempts are refused until the oldest
 * failure leaves it. Unknown and known names count the same way, so the answer tells nothing.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES_PER_USER = 5;
    /** Higher per address: one household shares an address. */
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Bounds the memory an attacker with many names or addresses can make CamSrv use. */
    static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this user at this address must wait, or empty when a login may be tried now. */
    public Optional<Duration> waitBeforeTrying(String user, String address) {
        Instant now = clock.instant();
        return longer(wait(userKey(user), MAX_FAILURES_PER_USER, now), wait(addressKey(address), MAX_FAILURES_PER_ADDRESS, now));
    }

    public void recordFailure(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            forgetExpired(now);
        }
        if (failures.size() < MAX_TRACKED) {
            add(userKey(user), now);
            add(addressKey(address), now);
        }
    }

    public void recordSuccess(String user, String address) {
        failures.remove(userKey(user));
        failures.remove(addressKey(address));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            dropOld(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
            return Optional.of(left.isNegative() ? Duration.ZERO : left);
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropOld(times, now);
            times.addLast(now);
        }
    }

    private void forgetExpired(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                dropOld(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private static void dropOld(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.pollFirst();
        }
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    private static String userKey(String user) {
        return "user:" + (user == null ? "" : user.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
