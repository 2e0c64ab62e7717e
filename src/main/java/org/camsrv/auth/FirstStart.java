package org.camsrv.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import org.camsrv.log.RateLimitedLog;
import org.camsrv.log.SafeLog;

/**
 * Guards the first registration, which makes a SuperUser. From this machine (loopback) it is open, as a
 * person at the Pi's keyboard or an SSH tunnel is the owner. From the network it needs a one-time setup
 * code that only the server's log shows, so the first stranger on the network does not become SuperUser.
 * Wrong codes are counted by the login throttle under the name being registered.
 */
@ApplicationScoped
public class FirstStart {

    private static final SafeLog LOG = SafeLog.of(FirstStart.class);
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(FirstStart.class, Level.INFO);
    /** No 0/O or 1/I: the code is read off a terminal and typed. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;

    @Inject
    UserService users;

    @Inject
    LoginThrottle throttle;

    private volatile String setupCode;

    /** Prints the code once at start, and only while there is nobody to protect the first registration from. */
    void printCodeAtStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (users.hasNoUsers()) {
            setupCode = newCode(new SecureRandom());
            LOG.info(() -> "No user exists yet. Register the first SuperUser on /register from this machine, or from "
                    + "another one with the setup code " + setupCode);
        }
    }

    /** Whether a registration from this address must give the setup code. */
    public boolean needsCode(String address) {
        return !isLoopback(address);
    }

    /**
     * Empty when a registration from {@code address} may go on; otherwise a {@link LoginService.Rejected}
     * for a missing or wrong code, or a {@link LoginService.Throttled} after too many.
     */
    public Optional<LoginService.Outcome> refusalOf(String address, String name, String code) {
        if (!needsCode(address)) {
            return Optional.empty();
        }
        String throttleName = "register " + (name == null ? "" : name.strip());
        if (throttle.begin(throttleName, address) instanceof LoginThrottle.Refused refused) {
            return Optional.of(new LoginService.Throttled(refused.retryAfter(), LoginService.TOO_MANY_FAILURES));
        }
        boolean right = matches(code);
        throttle.finish(throttleName, address, right ? LoginThrottle.Result.SUCCEEDED : LoginThrottle.Result.FAILED);
        if (!right) {
            REFUSALS.log(() -> "Registration from " + address + " refused: wrong or missing setup code");
            return Optional.of(new LoginService.Rejected());
        }
        return Optional.empty();
    }

    private boolean matches(String typed) {
        String expected = setupCode;
        if (expected == null || typed == null) {
            return false;
        }
        String cleaned = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(cleaned.getBytes(StandardCharsets.UTF_8),
                expected.replace("-", "").getBytes(StandardCharsets.UTF_8));
    }

    static String newCode(SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /** The socket's peer as Liberty gives it (no forwarded header is believed), a literal IP: no name lookup. */
    static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
