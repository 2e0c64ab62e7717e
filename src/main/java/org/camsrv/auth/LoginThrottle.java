package org.camsrv.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing without letting a stranger lock the owner out. Failures count per
 * (name, address) and per address: past a few within the window, that pair or that address waits.
 * Failures for a name from all addresses together only add a short, capped delay, so the right
 * password from an address that has not failed is never refused. Logins still waiting for the
 * hashing thread count against their address, and each address may have only a few waiting, so
 * one address cannot fill the hashing line for everyone else. Unknown and known names count alike.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES_PER_NAME_AND_ADDRESS = 5;
    /** Higher per address: one household shares an address. */
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    /** Logins of one address waiting for the hashing thread at once (its line holds 16). */
    static final int MAX_PENDING_PER_ADDRESS = 4;
    /** Name-wide failures (from every address) before each further attempt is delayed. */
    static final int NAME_FAILURES_BEFORE_DELAY = 10;
    static final Duration DELAY_STEP = Duration.ofMillis(250);
    static final Duration MAX_DELAY = Duration.ofSeconds(2);
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** How long to come back after when only waiting logins of this address fill its share. */
    static final Duration PENDING_RETRY = Duration.ofSeconds(2);
    /** Bounds the memory an attacker with many names or addresses can make CamSrv use. */
    static final int MAX_TRACKED = 10_000;

    /** What may happen with a login about to be tried. */
    public sealed interface Decision permits Allowed, Refused {
    }

    /** Try it, after this delay (zero mostly); {@link #finish} must follow. */
    public record Allowed(Duration delay) implements Decision {
    }

    /** Do not try it now; come back after this long. */
    public record Refused(Duration retryAfter) implements Decision {
    }

    /** How a tried login ended. */
    public enum Result {
        SUCCEEDED, FAILED, NOT_CHECKED
    }

    private final Clock clock;
    /** Both maps are guarded by this object: every use is short, and a login is slow anyway. */
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Map<String, Integer> pending = new HashMap<>();

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Decides about one login; an {@link Allowed} one counts as waiting until {@link #finish}. */
    public synchronized Decision begin(String name, String address) {
        Instant now = clock.instant();
        String pairKey = pairKey(name, address);
        String addressKey = addressKey(address);
        if (pending.getOrDefault(addressKey, 0) >= MAX_PENDING_PER_ADDRESS) {
            return new Refused(PENDING_RETRY);
        }
        Duration wait = longer(waitFor(pairKey, MAX_FAILURES_PER_NAME_AND_ADDRESS, now),
                waitFor(addressKey, MAX_FAILURES_PER_ADDRESS, now));
        if (wait != null) {
            return new Refused(wait);
        }
        pending.merge(pairKey, 1, Integer::sum);
        pending.merge(addressKey, 1, Integer::sum);
        return new Allowed(nameWideDelay(name, now));
    }

    /** Ends a login that {@link #begin} allowed. */
    public synchronized void finish(String name, String address, Result result) {
        Instant now = clock.instant();
        release(pairKey(name, address));
        release(addressKey(address));
        if (result == Result.FAILED) {
            if (failures.size() >= MAX_TRACKED) {
                forgetExpired(now);
            }
            // The address count stops one source guessing, so it is kept even when random names have filled the
            // table: a full table must not open the door. Addresses are few; names an attacker can make up.
            add(addressKey(address), now);
            if (failures.size() < MAX_TRACKED) {
                add(pairKey(name, address), now);
                add(nameKey(name), now);
            }
        } else if (result == Result.SUCCEEDED) {
            failures.remove(pairKey(name, address));
        }
    }

    /**
     * The wait before the key may try again: null while its failures and the logins of it still
     * waiting stay under the limit. Waiting logins count because their failures are not known yet.
     */
    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        int failed = 0;
        if (times != null) {
            dropOld(times, now);
            failed = times.size();
        }
        if (failed + pending.getOrDefault(key, 0) < limit) {
            return null;
        }
        if (failed < limit) {
            return PENDING_RETRY;
        }
        Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Duration nameWideDelay(String name, Instant now) {
        Deque<Instant> times = failures.get(nameKey(name));
        if (times == null) {
            return Duration.ZERO;
        }
        dropOld(times, now);
        int over = times.size() - NAME_FAILURES_BEFORE_DELAY + 1;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = DELAY_STEP.multipliedBy(over);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private void release(String key) {
        pending.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null);
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        dropOld(times, now);
        times.addLast(now);
    }

    private void forgetExpired(Instant now) {
        failures.entrySet().removeIf(entry -> {
            dropOld(entry.getValue(), now);
            return entry.getValue().isEmpty();
        });
    }

    private static void dropOld(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.pollFirst();
        }
    }

    private static Duration longer(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b != null && b.compareTo(a) > 0 ? b : a;
    }

    private static String normalized(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String nameKey(String name) {
        return "name:" + normalized(name);
    }

    private static String pairKey(String name, String address) {
        return "pair:" + source(address) + " " + normalized(name);
    }

    private static String addressKey(String address) {
        return "address:" + source(address);
    }

    /**
     * Who sends, as the throttle counts it: an IPv4 address, or an IPv6 address's /64 network, since one
     * machine may use any address of its /64 (privacy addresses) and so could otherwise count as thousands.
     */
    public static String source(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress(); // a literal: no name lookup
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return network.append(":/64").toString();
        } catch (java.net.UnknownHostException | IllegalArgumentException e) {
            return address;
        }
    }
}
