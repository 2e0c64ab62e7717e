package org.camsrv.auth;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash as the PHC string format writes it: {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}
 * (Base64 without padding), the form libargon2's own encoder, Python's argon2-cffi and PHP write.
 */
public record Argon2idHash(Cost cost, byte[] salt, byte[] hash) {

    public static final String PREFIX = "$argon2id$";

    /** Bounds for a stored hash: a damaged row must not ask for gigabytes or hours. */
    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([0-9]{1,7}),t=([0-9]{1,2}),p=([0-9]{1,2})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{6,88})");

    /** Memory in KiB, passes over it, lanes. */
    public record Cost(int memoryKiB, int passes, int lanes) {
        public Cost {
            if (lanes < 1 || lanes > 16 || passes < 1 || passes > 64 || memoryKiB < 8 * lanes || memoryKiB > 1_048_576) {
                throw new IllegalArgumentException("Argon2id cost out of range: m=" + memoryKiB + ", t=" + passes
                        + ", p=" + lanes);
            }
        }
    }

    public Argon2idHash {
        salt = salt.clone();
        hash = hash.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    public static boolean isArgon2id(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The hash in this string, or empty when it is not a well-formed Argon2id v1.3 PHC string. */
    public static Optional<Argon2idHash> parse(String stored) {
        Matcher parts = stored == null ? null : FORMAT.matcher(stored);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        try {
            Cost cost = new Cost(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3)));
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] salt = base64.decode(parts.group(4));
            byte[] hash = base64.decode(parts.group(5));
            return salt.length >= 8 && hash.length >= 4 ? Optional.of(new Argon2idHash(cost, salt, hash)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String encoded() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "v=19$m=" + cost.memoryKiB() + ",t=" + cost.passes() + ",p=" + cost.lanes() + "$"
                + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }
}
