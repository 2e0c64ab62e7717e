package org.camsrv.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.camsrv.log.RateLimitedLog;
import org.camsrv.log.SafeLog;

/**
 * Every check of a password a person typed, under the throttle: the API's login, the login page
 * and the password page all come through {@link #checkPassword}, so the throttle's protocol
 * (ask, wait, check, report) lives in one place.
 */
@ApplicationScoped
public class LoginService {

    private static final SafeLog LOG = SafeLog.of(LoginService.class);
    /** Throttled logins: a guessing flood writes one line per 10 s, then how many more were refused. */
    private static final RateLimitedLog THROTTLED = RateLimitedLog.refusals(LoginService.class, Level.INFO);

    /** How a password check ended. */
    public sealed interface Outcome permits Accepted, Rejected, Throttled {
    }

    /** Name and password match this user. */
    public record Accepted(User user) implements Outcome {
    }

    /** Unknown name or wrong password (which of the two is never told). */
    public record Rejected() implements Outcome {
    }

    /** Not checked: too many failures, or too many logins waiting; try again after {@link #seconds()}. */
    public record Throttled(Duration retryAfter, String reason) implements Outcome {
        /** Whole seconds, at least one, as Retry-After gives them. */
        public long seconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        /** The sentence for the user. */
        public String message() {
            return reason.replace("{seconds}", Long.toString(seconds()));
        }
    }

    static final String TOO_MANY_FAILURES = "Too many failed logins. Please try again in {seconds} seconds.";
    /** When the hashing line is full: its words, with a short wait. */
    static final Duration BUSY_RETRY = Duration.ofSeconds(2);

    @Inject
    UserService users;

    @Inject
    LoginThrottle throttle;

    /**
     * Checks a password typed at {@code where} ("API login", "page login", "password page") from
     * {@code address}. The caller's thread is free while the password is hashed. A full hashing line
     * answers {@link Throttled} too.
     */
    public CompletableFuture<Outcome> checkPassword(String name, char[] password, String address, String where) {
        LoginThrottle.Decision decision = throttle.begin(name, address);
        if (decision instanceof LoginThrottle.Refused refused) {
            Throttled throttled = new Throttled(refused.retryAfter(), TOO_MANY_FAILURES);
            THROTTLED.log(() -> where + " refused: too many failed or waiting logins (retry in " + throttled.seconds() + " s)");
            return CompletableFuture.completedFuture(throttled);
        }
        Duration delay = ((LoginThrottle.Allowed) decision).delay();
        Executor start = delay.isZero() ? Runnable::run
                : CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(() -> name, start)
                .thenCompose(ignored -> users.authenticateLater(name, password))
                .handle((user, failure) -> {
                    throttle.finish(name, address, resultOf(user, failure));
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    if (cause instanceof PasswordHasher.BusyException busy) {
                        return new Throttled(BUSY_RETRY, busy.getMessage());
                    }
                    if (failure != null) {
                        throw failure instanceof RuntimeException e ? e : new CompletionException(failure);
                    }
                    return user.<Outcome>map(Accepted::new).orElseGet(Rejected::new);
                });
    }

    private static LoginThrottle.Result resultOf(Optional<User> user, Throwable failure) {
        if (failure != null) {
            return LoginThrottle.Result.NOT_CHECKED;
        }
        return user.isPresent() ? LoginThrottle.Result.SUCCEEDED : LoginThrottle.Result.FAILED;
    }
}
