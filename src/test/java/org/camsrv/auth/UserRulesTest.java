package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every message UserRules can give, and the values that pass. */
class UserRulesTest {

    private static final String ENTER_NAME = "Please enter a user name";
    private static final String NAME_TOO_LONG = "The user name may have at most 64 characters";
    private static final String NAME_EDGES = "The user name may not start or end with a space or contain control characters";
    private static final String PASSWORD_TOO_SHORT = "The password needs at least 8 characters";
    private static final String PASSWORD_TOO_LONG = "The password may have at most 1024 characters";

    @Test
    void missingOrBlankNameAsksForAName() {
        assertEquals(Optional.of(ENTER_NAME), UserRules.checkName(null));
        assertEquals(Optional.of(ENTER_NAME), UserRules.checkName(""));
        assertEquals(Optional.of(ENTER_NAME), UserRules.checkName("   "));
        assertEquals(Optional.of(ENTER_NAME), UserRules.checkName("\t\n"));
    }

    @Test
    void nameOfSixtyFourCharactersIsFine() {
        assertEquals(Optional.empty(), UserRules.checkName("a".repeat(UserRules.MAX_NAME_LENGTH)));
    }

    @Test
    void nameOfSixtyFiveCharactersIsTooLong() {
        assertEquals(Optional.of(NAME_TOO_LONG), UserRules.checkName("a".repeat(UserRules.MAX_NAME_LENGTH + 1)));
    }

    @Test
    void nameWithLeadingSpaceIsRefused() {
        assertEquals(Optional.of(NAME_EDGES), UserRules.checkName(" alice"));
    }

    @Test
    void nameWithTrailingSpaceIsRefused() {
        assertEquals(Optional.of(NAME_EDGES), UserRules.checkName("alice "));
        assertEquals(Optional.of(NAME_EDGES), UserRules.checkName("alice\t"));
    }

    @Test
    void nameWithControlCharactersIsRefused() {
        assertEquals(Optional.of(NAME_EDGES), UserRules.checkName("al\u0000ice"));
        assertEquals(Optional.of(NAME_EDGES), UserRules.checkName("al\u001bice"));
        assertEquals(Optional.of(NAME_EDGES), UserRules.checkName("al\nice"));
        assertEquals(Optional.of(NAME_EDGES), UserRules.checkName("al\u007fice"));
        assertEquals(Optional.of(NAME_EDGES), UserRules.checkName("al\u0085ice"));
    }

    @Test
    void ordinaryNamesAreFine() {
        assertEquals(Optional.empty(), UserRules.checkName("alice"));
        assertEquals(Optional.empty(), UserRules.checkName("Alice Smith"));
        assertEquals(Optional.empty(), UserRules.checkName("jürgen.müller@example.org"));
        assertEquals(Optional.empty(), UserRules.checkName("a"));
    }

    @Test
    void missingOrShortPasswordIsTooShort() {
        assertEquals(Optional.of(PASSWORD_TOO_SHORT), UserRules.checkNewPassword(null));
        assertEquals(Optional.of(PASSWORD_TOO_SHORT), UserRules.checkNewPassword(""));
        assertEquals(Optional.of(PASSWORD_TOO_SHORT), UserRules.checkNewPassword("1234567"));
    }

    @Test
    void passwordOfEightCharactersIsFine() {
        assertEquals(Optional.empty(), UserRules.checkNewPassword("12345678"));
    }

    @Test
    void passwordOfMaximumLengthIsFine() {
        assertEquals(Optional.empty(), UserRules.checkNewPassword("p".repeat(UserRules.MAX_PASSWORD_LENGTH)));
    }

    @Test
    void passwordOneCharacterOverTheMaximumIsTooLong() {
        assertEquals(Optional.of(PASSWORD_TOO_LONG), UserRules.checkNewPassword("p".repeat(UserRules.MAX_PASSWORD_LENGTH + 1)));
    }

    @Test
    void passwordsMayContainSpacesAndAnyCharacters() {
        assertEquals(Optional.empty(), UserRules.checkNewPassword(" correct horse battery staple "));
        assertEquals(Optional.empty(), UserRules.checkNewPassword("pässwörd-€-ü"));
    }
}
