package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user rules on a real database in a temporary data directory. Hashing uses the fast test
 * PBKDF2 (see JdkPbkdf2PasswordHash.fastIgnoringIterations); PasswordHasherTest covers the real cost.
 */
class UserServiceTest {
    // Equivalent mutants PIT leaves alive here: the reloads of the name and password caches (at open,
    // after an import, after adding, and their putAll) only save database look-ups, since every miss
    // looks in the database; hasNoUsers' "> 0" as ">= 0" reloads nothing; and the rehash's second
    // condition only decides whether it is logged.

    private static final String PASSWORD = "alice-password";

    @TempDir
    Path data;

    private final JdkPbkdf2PasswordHash pbkdf2 = JdkPbkdf2PasswordHash.fastIgnoringIterations();

    private UserService open() {
        return open(null, null);
    }

    private UserService open(String adminName, String adminPassword) {
        return AuthFixtures.openUserService(data, pbkdf2, adminName, adminPassword);
    }

    private static User alice(UserService users) {
        return users.registerFirstSuperUser("alice", PASSWORD).orElseThrow();
    }

    @Test
    void aNewDataDirectoryHasNoUsers() {
        UserService users = open();

        assertTrue(users.hasNoUsers());
        assertEquals(List.of(), users.listUsers());
    }

    @Test
    void configuredAdminIsCreatedAsSuperUserNotInitial() {
        UserService users = open("admin", "admin-password");

        User admin = users.findByName("admin").orElseThrow();
        assertTrue(admin.superUser());
        assertFalse(admin.initial());
        assertFalse(users.hasNoUsers());
        assertEquals(Optional.of(admin), users.authenticate("admin", "admin-password".toCharArray()));
    }

    @Test
    void configuredAdminNameIsStripped() {
        UserService users = open("  admin  ", "admin-password");

        assertTrue(users.findByName("admin").isPresent());
    }

    @Test
    void configuredAdminIsOnlyCreatedWhileNoUsersExist() {
        open("admin", "admin-password");

        UserService reopened = open("other", "other-password");

        assertEquals(List.of("admin"), reopened.listUsers().stream().map(User::name).toList());
    }

    @Test
    void configuredAdminIsNotAddedBesideARegisteredSuperUser() {
        alice(open());

        UserService reopened = open("admin", "admin-password");

        assertEquals(List.of("alice"), reopened.listUsers().stream().map(User::name).toList());
    }

    @Test
    void configuredAdminWithEmptyPasswordIsNotCreated() {
        UserService users = open("admin", "");

        assertTrue(users.hasNoUsers());
        assertEquals(List.of(), users.listUsers());
    }

    @Test
    void configuredAdminWithBlankPasswordIsNotCreated() {
        assertTrue(open("admin", "   ").hasNoUsers());
    }

    /** The warnings UserService logs while {@code action} runs: what the owner reads at the first start. */
    private static List<String> warningsWhile(Runnable action) {
        return LoggedLines.of(UserService.class, Level.WARNING, action);
    }

    @Test
    void anUnusedConfiguredAdminIsExplainedInTheLog() {
        assertEquals(List.of("CAMSRV_ADMIN_USER / CAMSRV_ADMIN_PASSWORD not used: the password is blank"),
                warningsWhile(() -> open("admin", "   ")));
    }

    @Test
    void aConfiguredAdminWithAWeakPasswordIsCreatedAndWarnedAbout() {
        List<String> warnings = warningsWhile(() -> open("admin", "short"));

        assertEquals(List.of("CAMSRV_ADMIN_PASSWORD is weak (The password needs at least 8 characters); "
                + "please change it on the /password page"), warnings);
        assertFalse(open().hasNoUsers());
    }

    @Test
    void configuredAdminWithoutPasswordIsNotCreated() {
        assertTrue(open("admin", null).hasNoUsers());
    }

    @Test
    void configuredAdminWithBadNameIsNotCreated() {
        assertTrue(open("ad\u0007min", "admin-password").hasNoUsers());
        assertTrue(open("a".repeat(UserRules.MAX_NAME_LENGTH + 1), "admin-password").hasNoUsers());
        assertTrue(open("   ", "admin-password").hasNoUsers());
        assertEquals(List.of(), open().listUsers());
    }

    @Test
    void firstRegistrationMakesASuperUserThenAnswersEmpty() {
        UserService users = open();

        User first = alice(users);
        Optional<User> second = users.registerFirstSuperUser("bob", "bob-password");

        assertTrue(first.superUser());
        assertFalse(first.initial());
        assertEquals(Optional.empty(), second);
        assertEquals(List.of(first), users.listUsers());
    }

    @Test
    void registrationAnswersEmptyOnceAConfiguredAdminExists() {
        UserService users = open("admin", "admin-password");

        assertEquals(Optional.empty(), users.registerFirstSuperUser("alice", PASSWORD));
    }

    @Test
    void registrationWithAnInvalidNameOrPasswordIsRefusedWithTheRuleMessage() {
        UserService users = open();

        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class,
                () -> users.registerFirstSuperUser(" alice", PASSWORD));
        IllegalArgumentException shortPassword = assertThrows(IllegalArgumentException.class,
                () -> users.registerFirstSuperUser("alice", "short"));

        assertEquals(UserRules.checkName(" alice").orElseThrow(), badName.getMessage());
        assertEquals(UserRules.checkNewPassword("short").orElseThrow(), shortPassword.getMessage());
        assertTrue(users.hasNoUsers());
    }

    @Test
    void addedUsersAreInitialAndNotSuperUsers() {
        UserService users = open();
        alice(users);

        User bob = users.addInitialUser("bob", "bob-password").orElseThrow();

        assertTrue(bob.initial());
        assertFalse(bob.superUser());
        assertEquals(Optional.of(bob), users.findById(bob.id()));
    }

    @Test
    void addingATakenNameAnswersEmpty() {
        UserService users = open();
        User first = alice(users);

        assertEquals(Optional.empty(), users.addInitialUser("alice", "other-password"));
        assertEquals(List.of(first), users.listUsers());
    }

    @Test
    void authenticateAcceptsTheRightPassword() {
        UserService users = open();
        User alice = alice(users);

        assertEquals(Optional.of(alice), users.authenticate("alice", PASSWORD.toCharArray()));
    }

    @Test
    void authenticateRefusesAWrongPassword() {
        UserService users = open();
        alice(users);

        assertEquals(Optional.empty(), users.authenticate("alice", "wrong-password".toCharArray()));
        assertEquals(Optional.empty(), users.authenticate("Alice", PASSWORD.toCharArray()));
    }

    @Test
    void authenticateRefusesAnUnknownUserAfterAVerificationAsCostlyAsAKnownOne() {
        UserService users = open();
        alice(users);
        int verificationsBefore = pbkdf2.verifyCalls();

        assertEquals(Optional.empty(), users.authenticate("nobody", PASSWORD.toCharArray()));
        assertEquals(Optional.empty(), users.authenticate(null, PASSWORD.toCharArray()));
        assertEquals(verificationsBefore + 2, pbkdf2.verifyCalls());
    }

    @Test
    void changingThePasswordClearsInitialAndReplacesTheOldPassword() {
        UserService users = open();
        alice(users);
        User bob = users.addInitialUser("bob", "first-password").orElseThrow();

        users.changePassword(bob, "second-password");

        assertFalse(users.findById(bob.id()).orElseThrow().initial());
        assertTrue(users.authenticate("bob", "second-password".toCharArray()).isPresent());
        assertTrue(users.authenticate("bob", "first-password".toCharArray()).isEmpty());
    }

    @Test
    void changingToATooShortPasswordIsRefusedAndChangesNothing() {
        UserService users = open();
        alice(users);
        User bob = users.addInitialUser("bob", "first-password").orElseThrow();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> users.changePassword(bob, "short"));

        assertEquals(UserRules.checkNewPassword("short").orElseThrow(), e.getMessage());
        assertEquals(Optional.of(bob), users.findById(bob.id()));
    }

    @Test
    void aUserCannotRemoveThemself() {
        UserService users = open();
        User alice = alice(users);
        users.addInitialUser("bob", "bob-password");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> users.removeUser(alice, alice.id()));

        assertEquals("You cannot remove yourself", e.getMessage());
        assertTrue(users.findById(alice.id()).isPresent());
    }

    @Test
    void theLastSuperUserCannotBeRemoved() {
        UserService users = open();
        User alice = alice(users);
        User bob = users.addInitialUser("bob", "bob-password").orElseThrow();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> users.removeUser(bob, alice.id()));

        assertEquals("The last SuperUser cannot be removed", e.getMessage());
        assertTrue(users.findById(alice.id()).isPresent());
        assertTrue(users.isCurrentUser("alice", alice.id()));
    }

    @Test
    void removingAnUnknownUserIsRefused() {
        UserService users = open();
        User alice = alice(users);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> users.removeUser(alice, alice.id() + 10));

        assertEquals("No such user", e.getMessage());
    }

    @Test
    void aSuperUserRemovesAnotherUser() {
        UserService users = open();
        User alice = alice(users);
        User bob = users.addInitialUser("bob", "bob-password").orElseThrow();

        users.removeUser(alice, bob.id());

        assertEquals(List.of(alice), users.listUsers());
        assertEquals(Optional.empty(), users.authenticate("bob", "bob-password".toCharArray()));
    }

    @Test
    void isCurrentUserHoldsForTheStoredNameAndId() {
        UserService users = open();
        User alice = alice(users);
        User bob = users.addInitialUser("bob", "bob-password").orElseThrow();

        assertTrue(users.isCurrentUser("alice", alice.id()));
        assertTrue(users.isCurrentUser("bob", bob.id()));
        assertFalse(users.isCurrentUser("alice", bob.id()));
        assertFalse(users.isCurrentUser("carol", alice.id()));
    }

    @Test
    void isCurrentUserFailsOnceTheUserIsRemoved() {
        UserService users = open();
        User alice = alice(users);
        User bob = users.addInitialUser("bob", "bob-password").orElseThrow();

        users.removeUser(alice, bob.id());

        assertFalse(users.isCurrentUser("bob", bob.id()));
    }

    @Test
    void isCurrentUserFailsForTheOldIdOfARecreatedUser() {
        UserService users = open();
        User alice = alice(users);
        User oldBob = users.addInitialUser("bob", "bob-password").orElseThrow();
        users.removeUser(alice, oldBob.id());

        User newBob = users.addInitialUser("bob", "bob-password").orElseThrow();

        assertNotEquals(oldBob.id(), newBob.id());
        assertFalse(users.isCurrentUser("bob", oldBob.id()));
        assertTrue(users.isCurrentUser("bob", newBob.id()));
    }

    @Test
    void isCurrentUserKnowsTheUsersOfAReopenedDatabase() {
        User alice = alice(open());

        UserService reopened = open();

        assertFalse(reopened.hasNoUsers());
        assertTrue(reopened.isCurrentUser("alice", alice.id()));
    }

    @Test
    void anInitialUserWithAnInvalidNameOrAWeakPasswordIsRefused() {
        UserService users = open();
        alice(users);

        assertThrows(IllegalArgumentException.class, () -> users.addInitialUser("", "bob-password"));
        assertThrows(IllegalArgumentException.class, () -> users.addInitialUser("bob", "x"));
        assertEquals(List.of("alice"), users.listUsers().stream().map(User::name).toList());
    }

    @Test
    void noNameAndUnknownNamesAreNeverCurrentWhateverTheId() {
        UserService users = open();
        User alice = alice(users);

        assertFalse(users.isCurrentUser(null, alice.id()));
        assertFalse(users.isCurrentUser("ghost", 0));
        assertFalse(users.isCurrentUser("ghost", 0), "asked again, from what was looked up before");
    }

    @Test
    void anUnknownUserHasNoCurrentPassword() {
        UserService users = open();
        User alice = alice(users);

        assertTrue(users.isCurrentPassword(alice.id(), alice.passwordVersion()));
        assertFalse(users.isCurrentPassword(alice.id() + 10, 0));
        assertFalse(users.isCurrentPassword(alice.id() + 10, 0), "asked again, from what was looked up before");
    }

    @Test
    void aSessionBelongsToItsUserOnlyWhileThePasswordIsTheOneOfItsLogin() {
        UserService users = open();
        User alice = alice(users);

        assertEquals(Optional.of(alice), users.findForSession(alice.id(), alice.passwordVersion()));
        assertEquals(Optional.empty(), users.findForSession(alice.id(), alice.passwordVersion() + 1));
        assertEquals(Optional.empty(), users.findForSession(alice.id() + 10, alice.passwordVersion()));
        User changed = users.changePassword(alice, "alice-password-2");
        assertEquals(Optional.empty(), users.findForSession(alice.id(), alice.passwordVersion()));
        assertEquals(Optional.of(changed), users.findForSession(alice.id(), changed.passwordVersion()));
    }

    @Test
    void removingAUserAnnouncesItSoTheirTokensGoToo() {
        UserService users = open();
        User alice = alice(users);
        User bob = users.addInitialUser("bob", "bob-password").orElseThrow();
        List<Object> fired = new ArrayList<>();
        users.removals = recordingEvent(fired);

        users.removeUser(alice, bob.id());

        assertEquals(List.of(new UserRemoved(bob.id(), "bob")), fired);
    }

    /** An Event that only records what is fired; CDI's own is not there outside the container. */
    @SuppressWarnings("unchecked")
    private static Event<UserRemoved> recordingEvent(List<Object> fired) {
        return (Event<UserRemoved>) Proxy.newProxyInstance(Event.class.getClassLoader(), new Class<?>[] {Event.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("fire")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    fired.add(args[0]);
                    return null;
                });
    }

    @Test
    void aFailureOfTheCheckThatIsNoRuntimeExceptionIsPassedOnAsItCame() {
        UserService users = new UserService() {
            @Override
            public java.util.concurrent.CompletableFuture<Optional<User>> authenticateLater(String name, char[] password) {
                return java.util.concurrent.CompletableFuture.failedFuture(new java.io.IOException("disk gone"));
            }
        };

        java.util.concurrent.CompletionException e = assertThrows(java.util.concurrent.CompletionException.class,
                () -> users.authenticate("alice", PASSWORD.toCharArray()));
        assertTrue(e.getCause() instanceof java.io.IOException, e.toString());
    }

    @Test
    void aRuntimeFailureOfTheCheckIsThrownUnwrapped() {
        IllegalStateException broken = new IllegalStateException("database gone");
        UserService users = new UserService() {
            @Override
            public java.util.concurrent.CompletableFuture<Optional<User>> authenticateLater(String name, char[] password) {
                return java.util.concurrent.CompletableFuture.failedFuture(broken);
            }
        };

        assertEquals(broken, assertThrows(IllegalStateException.class, () -> users.authenticate("alice", PASSWORD.toCharArray())));
    }
}
