package org.camsrv.settings;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.camsrv.migration.RaspiCamSrvImportException;

/**
 * What raspiCamSrv's stored configuration holds that CamSrv has an equivalent for: each value that
 * CamSrv can use, and for each known key it cannot use, the key and why in a few words. The file is
 * written by another program, or by anyone, so a wrong type or value costs that one setting only.
 */
public record RaspiCamSrvSettings(Path file, Optional<Boolean> apiAllowed, Optional<String> secretsPath,
        Optional<Integer> accessMinutes, Optional<Integer> refreshDays, Optional<Boolean> streamingNeedsLogin,
        Optional<String> photoType, Optional<String> rawPhotoType, Optional<String> videoType,
        List<String> notTaken, int otherSettings, boolean startsWithStoredConfiguration) {

    static final String USE_API = "_useAPI";
    static final String KEY_STORE = "_jwtKeyStore";
    static final String ACCESS_MINUTES = "_jwtAccessTokenExpirationMin";
    static final String REFRESH_DAYS = "_jwtRefreshTokenExpirationDays";
    static final String STREAMING_AUTH = "_requireAuthForStreaming";
    static final String PHOTO_TYPE = "_photoType";
    static final String RAW_PHOTO_TYPE = "_rawPhotoType";
    static final String VIDEO_TYPE = "_videoType";
    private static final Set<String> KEYS = Set.of(USE_API, KEY_STORE, ACCESS_MINUTES, REFRESH_DAYS, STREAMING_AUTH,
            PHOTO_TYPE, RAW_PHOTO_TYPE, VIDEO_TYPE);

    /** Longer than any path Linux opens (PATH_MAX). */
    static final int MAX_PATH_CHARS = 4096;
    /** How much of a refused text a message quotes. */
    static final int MAX_SHOWN_CHARS = 40;

    public RaspiCamSrvSettings {
        notTaken = List.copyOf(notTaken);
    }

    /**
     * Reads {@code serverConfig.json}, or the one in the given folder ({@code raspiCamSrv/static/config}),
     * and notes whether {@code _loadConfigOnStart.txt} lies beside it. Only reads.
     */
    public static RaspiCamSrvSettings read(Path fileOrFolder) throws RaspiCamSrvImportException {
        Path file = RaspiCamSrvConfigFile.locate(fileOrFolder);
        RaspiCamSrvConfigFile.TopLevel top = RaspiCamSrvConfigFile.read(file, KEYS);
        Values values = new Values(top.wanted());
        return new RaspiCamSrvSettings(file, values.flag(USE_API), values.secretsPath(),
                values.whole(ACCESS_MINUTES, ApiSettings::minutesProblem), values.whole(REFRESH_DAYS, ApiSettings::daysProblem),
                values.flag(STREAMING_AUTH),
                values.oneOf(PHOTO_TYPE, GeneralParameters.PHOTO_TYPES, "saves photos as"),
                values.oneOf(RAW_PHOTO_TYPE, GeneralParameters.RAW_PHOTO_TYPES, "saves raw photos as"),
                values.oneOf(VIDEO_TYPE, GeneralParameters.VIDEO_TYPES, "records videos as"),
                values.refused, top.otherKeys(), RaspiCamSrvConfigFile.startsWithStoredConfiguration(file));
    }

    /** A text from the file as a message may quote it: printable, and short. */
    static String shown(String text) {
        String printable = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return '"' + (printable.length() > MAX_SHOWN_CHARS ? printable.substring(0, MAX_SHOWN_CHARS) + "…" : printable) + '"';
    }

    /** Turns the known keys' JSON values into CamSrv's, noting each refusal. */
    private static final class Values {

        private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
        private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

        private final Map<String, JsonValue> found;
        private final List<String> refused = new ArrayList<>();

        Values(Map<String, JsonValue> found) {
            this.found = found;
        }

        Optional<Boolean> flag(String key) {
            JsonValue value = found.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return Optional.of(value == JsonValue.TRUE);
            }
            return refuse(key, kind(value) + ", not true or false");
        }

        /** A whole number that {@code problem} (one of ApiSettings' range checks) accepts. */
        Optional<Integer> whole(String key, LongFunction<String> problem) {
            JsonValue value = found.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof JsonNumber number)) {
                return refuse(key, kind(value) + ", not a whole number");
            }
            if (!number.isIntegral()) {
                return refuse(key, shown(number.toString()) + ", not a whole number");
            }
            // Clamped by comparison: a 300-digit number is refused without being turned into a BigInteger.
            BigDecimal decimal = number.bigDecimalValue();
            long clamped = decimal.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE
                    : decimal.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : decimal.longValueExact();
            String reason = problem.apply(clamped);
            return reason == null ? Optional.of((int) clamped) : refuse(key, reason);
        }

        Optional<String> secretsPath() {
            Optional<String> text = text(KEY_STORE);
            if (text.isEmpty()) {
                return text;
            }
            String path = text.get().strip();
            if (path.isEmpty()) {
                return refuse(KEY_STORE, "empty in raspiCamSrv, so CamSrv's secrets file path is left as it is");
            }
            if (path.length() > MAX_PATH_CHARS || path.codePoints().anyMatch(Character::isISOControl)) {
                return refuse(KEY_STORE, "not a usable path (too long, or with control characters)");
            }
            try {
                return Path.of(path).isAbsolute() ? Optional.of(path) : refuse(KEY_STORE, shown(path) + ", not a full path");
            } catch (InvalidPathException e) {
                return refuse(KEY_STORE, "not a usable path");
            }
        }

        /** One of CamSrv's choices, compared without case; raspiCamSrv's "jpeg" is CamSrv's "jpg". */
        Optional<String> oneOf(String key, List<String> choices, String what) {
            Optional<String> text = text(key);
            if (text.isEmpty()) {
                return text;
            }
            String type = text.get().strip().toLowerCase(Locale.ROOT);
            type = type.equals("jpeg") ? "jpg" : type;
            if (choices.contains(type)) {
                return Optional.of(type);
            }
            return refuse(key, shown(text.get()) + ", but CamSrv " + what + " " + String.join(" or ", choices) + " only");
        }

        private Optional<String> text(String key) {
            JsonValue value = found.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof JsonString string) {
                return Optional.of(string.getString());
            }
            return refuse(key, kind(value) + ", not text");
        }

        private <T> Optional<T> refuse(String key, String reason) {
            refused.add(key + ": " + reason);
            return Optional.empty();
        }

        private static String kind(JsonValue value) {
            return switch (value.getValueType()) {
                case STRING -> "text";
                case NUMBER -> "a number";
                case TRUE, FALSE -> "true or false";
                case NULL -> "null";
                case ARRAY -> "a list";
                case OBJECT -> "an object";
            };
        }
    }
}
