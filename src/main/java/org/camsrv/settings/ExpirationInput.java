package org.camsrv.settings;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the raw text of the two expiration fields into numbers or into messages per field.
 * It parses arbitrarily long digit strings, so a pasted "99999999999999999999" is reported
 * as too large instead of as "not a number" or an overflow.
 */
public final class ExpirationInput {

    /** Field name of the access token expiration, as in {@link ApiSettings#accessMinutes()}. */
    public static final String MINUTES_FIELD = "accessMinutes";
    /** Field name of the refresh token expiration, as in {@link ApiSettings#refreshDays()}. */
    public static final String DAYS_FIELD = "refreshDays";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ExpirationInput() {
    }

    /** Every problem with the two texts, minutes first; empty when both are acceptable. */
    public static List<FieldError> validate(String minutesText, String daysText) {
        List<FieldError> errors = new ArrayList<>(2);
        try {
            parseMinutes(minutesText);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(MINUTES_FIELD, e.getMessage()));
        }
        try {
            parseDays(daysText);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(DAYS_FIELD, e.getMessage()));
        }
        return List.copyOf(errors);
    }

    /** The minutes in {@code text}; an {@link IllegalArgumentException} carries the user-facing message. */
    public static int parseMinutes(String text) {
        long value = wholeNumber(text, "Please enter a whole number of minutes");
        return checked(value, ApiSettings.minutesProblem(value));
    }

    /** The days in {@code text}; an {@link IllegalArgumentException} carries the user-facing message. */
    public static int parseDays(String text) {
        long value = wholeNumber(text, "Please enter a whole number of days");
        return checked(value, ApiSettings.daysProblem(value));
    }

    private static long wholeNumber(String text, String notANumber) {
        String stripped = text == null ? "" : text.strip();
        if (!WHOLE_NUMBER.matcher(stripped).matches()) {
            throw new IllegalArgumentException(notANumber);
        }
        // Clamp huge values to the long range; the range check then names the right limit.
        return new BigInteger(stripped).max(LONG_MIN).min(LONG_MAX).longValueExact();
    }

    private static int checked(long value, String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return (int) value;
    }
}
