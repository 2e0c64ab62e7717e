package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpirationInputTest {

    private static final String MINUTES_NOT_A_NUMBER = "Please enter a whole number of minutes";
    private static final String DAYS_NOT_A_NUMBER = "Please enter a whole number of days";

    @Test
    void validTextsGiveNoErrors() {
        assertEquals(List.of(), ExpirationInput.validate("60", "0"));
    }

    @Test
    void surroundingWhitespaceIsAccepted() {
        assertEquals(60, ExpirationInput.parseMinutes(" 60 "));
        assertEquals(7, ExpirationInput.parseDays("\t7\n"));
    }

    @Test
    void upperLimitsAreAccepted() {
        assertEquals(5_256_000, ExpirationInput.parseMinutes("5256000"));
        assertEquals(3650, ExpirationInput.parseDays("3650"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "abc", "1e3", "12.5", "12,5", "0x10", "6 0", "--1", "٣"})
    void textThatIsNotAWholeNumberOfMinutesIsRefused(String text) {
        assertEquals(List.of(new FieldError(ExpirationInput.MINUTES_FIELD, MINUTES_NOT_A_NUMBER)),
                ExpirationInput.validate(text, "0"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abc", "1e3", "12.5"})
    void textThatIsNotAWholeNumberOfDaysIsRefused(String text) {
        assertEquals(List.of(new FieldError(ExpirationInput.DAYS_FIELD, DAYS_NOT_A_NUMBER)),
                ExpirationInput.validate("60", text));
    }

    @Test
    void negativeMinutesAreRefusedWithAMessage() {
        assertEquals(List.of(new FieldError("accessMinutes", "Access Token Expiration in Minutes must be 0 or more")),
                ExpirationInput.validate("-1", "0"));
    }

    @Test
    void negativeDaysAreRefusedWithAMessage() {
        assertEquals(List.of(new FieldError("refreshDays", "Refresh Token Expiration in Days must be 0 or more")),
                ExpirationInput.validate("60", "-3"));
    }

    @Test
    void tooManyMinutesAreRefusedWithAMessage() {
        assertEquals(List.of(new FieldError("accessMinutes",
                "Access Token Expiration in Minutes must be at most 5256000 (ten years)")),
                ExpirationInput.validate("5256001", "0"));
    }

    @Test
    void tooManyDaysAreRefusedWithAMessage() {
        assertEquals(List.of(new FieldError("refreshDays", "Refresh Token Expiration in Days must be at most 3650 (ten years)")),
                ExpirationInput.validate("60", "3651"));
    }

    @Test
    void hugeNumberIsReportedAsTooLargeNotAsACrash() {
        assertEquals("Access Token Expiration in Minutes must be at most 5256000 (ten years)",
                assertThrows(IllegalArgumentException.class, () -> ExpirationInput.parseMinutes("99999999999999999999"))
                        .getMessage());
    }

    @Test
    void hugeNegativeNumberIsReportedAsNegative() {
        assertEquals("Refresh Token Expiration in Days must be 0 or more",
                assertThrows(IllegalArgumentException.class, () -> ExpirationInput.parseDays("-99999999999999999999"))
                        .getMessage());
    }

    @Test
    void numberJustAboveIntRangeIsTooLarge() {
        assertEquals("Refresh Token Expiration in Days must be at most 3650 (ten years)",
                assertThrows(IllegalArgumentException.class, () -> ExpirationInput.parseDays("2147483648")).getMessage());
    }

    @Test
    void bothFieldsAreReportedMinutesFirst() {
        List<FieldError> errors = ExpirationInput.validate("abc", "-1");
        assertEquals(2, errors.size());
        assertEquals(ExpirationInput.MINUTES_FIELD, errors.get(0).field());
        assertEquals(MINUTES_NOT_A_NUMBER, errors.get(0).message());
        assertEquals(ExpirationInput.DAYS_FIELD, errors.get(1).field());
    }

    @Test
    void fieldNamesMatchTheSettingsComponents() {
        assertTrue(hasComponent(ExpirationInput.MINUTES_FIELD));
        assertTrue(hasComponent(ExpirationInput.DAYS_FIELD));
    }

    private static boolean hasComponent(String name) {
        for (var component : ApiSettings.class.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
