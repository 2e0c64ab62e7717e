package org.camsrv.auth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camsrv.auth.AuthFixtures;
import org.camsrv.auth.PasswordChanged;
import org.camsrv.auth.User;
import org.camsrv.auth.UserRemoved;
import org.camsrv.auth.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens generated on the API tab: their list, names, revocation and the "last used" note. */
class GeneratedTokensTest {

    @TempDir
    Path data;

    private final ApiActivation activation = new ApiActivation();
    private final TokenService tokens = new TokenService();
    private UserService users;
    private GeneratedTokens generated;
    private User alice;
    private User bob;

    @BeforeEach
    void wire() {
        users = AuthFixtures.openUserService(data);
        alice = users.registerFirstSuperUser("alice", "alice-password").orElseThrow();
        bob = users.addInitialUser("bob", "bob-password").orElseThrow();
        tokens.activation = activation;
        activation.activate(new ActiveApi(TokenFixtures.newKeys(), 60, 7));
        generated = openOn(data);
    }

    @AfterEach
    void deactivate() {
        activation.deactivate();
    }

    private GeneratedTokens openOn(Path root) {
        GeneratedTokens opened = new GeneratedTokens();
        opened.dataDirectory = AuthFixtures.dataDirectoryAt(root);
        opened.tokens = tokens;
        opened.open();
        return opened;
    }

    private String idOf(String token) {
        return TokenFixtures.accepted(token).getTokenID();
    }

    private GeneratedToken listed(User viewer, String id) {
        return generated.listFor(viewer).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aGeneratedTokenIsStillLiveAfterARestart() {
        String id = idOf(generated.generate(bob, "backup script"));

        assertTrue(openOn(data).isLive(id));
    }

    @Test
    void aPasswordChangeEndsTheUsersGeneratedTokensOnly() {
        String bobs = idOf(generated.generate(bob, "backup script"));
        String alices = idOf(generated.generate(alice, "alice's script"));

        generated.passwordChanged(new PasswordChanged(bob.id(), bob.name()));

        assertFalse(generated.isLive(bobs));
        assertTrue(generated.namesOf(bob).isEmpty());
        assertTrue(generated.isLive(alices), "another user's token stays");
        assertEquals(List.of("alice's script"), generated.namesOf(alice));
    }

    @Test
    void theTwentyFirstTokenIsRefusedUntilOneIsRevoked() {
        String first = null;
        for (int i = 1; i <= GeneratedTokens.MAX_PER_USER; i++) {
            String id = idOf(generated.generate(bob, "script " + i));
            first = first == null ? id : first;
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> generated.generate(bob, "one more"));
        assertTrue(refused.getMessage().contains("the most one user may have"), refused.getMessage());
        assertEquals(GeneratedTokens.MAX_PER_USER, generated.namesOf(bob).size());
        assertNotNull(generated.generate(alice, "alice's script"), "the cap is per user");

        assertTrue(generated.revoke(bob, first));
        assertNotNull(generated.generate(bob, "one more"));
    }

    @Test
    void theNameIsStoredWithoutSurroundingSpace() {
        String id = idOf(generated.generate(bob, "  backup script  "));

        assertEquals("backup script", listed(bob, id).name());
    }

    @Test
    void hasTokenFindsTheUsersOwnNamesOnly() {
        generated.generate(bob, "backup script");

        assertTrue(generated.hasToken(bob, "backup script"));
        assertTrue(generated.hasToken(bob, " backup script "), "a reposted form may carry spaces");
        assertFalse(generated.hasToken(bob, "other script"));
        assertFalse(generated.hasToken(alice, "backup script"), "names are per user");
        assertFalse(generated.hasToken(bob, null));
    }

    @Test
    void aUserSeesOnlyTheirOwnTokensWithOwnerAndCreationTime() {
        Instant before = Instant.now();
        String bobs = idOf(generated.generate(bob, "bob's script"));
        generated.generate(alice, "alice's script");

        List<GeneratedToken> list = generated.listFor(bob);

        assertEquals(1, list.size());
        GeneratedToken token = list.get(0);
        assertEquals(bobs, token.id());
        assertEquals("bob's script", token.name());
        assertEquals("bob", token.owner());
        assertFalse(token.created().isBefore(before) || token.created().isAfter(Instant.now()), token.created().toString());
        assertNull(token.lastUsed());
    }

    @Test
    void aSuperUserSeesEverybodysTokensOldestFirst() throws Exception {
        String bobs = idOf(generated.generate(bob, "bob's script"));
        Thread.sleep(2);
        String alices = idOf(generated.generate(alice, "alice's script"));

        assertEquals(List.of(bobs, alices), generated.listFor(alice).stream().map(GeneratedToken::id).toList());
    }

    @Test
    void theOwnerRevokesATokenOnceAndItIsNoLongerLive() {
        String id = idOf(generated.generate(bob, "backup script"));

        assertTrue(generated.revoke(bob, id));
        assertFalse(generated.isLive(id));
        assertFalse(generated.revoke(bob, id), "already revoked");
        assertEquals(List.of(), generated.listFor(bob));
    }

    @Test
    void anotherUserCannotRevokeAToken() {
        String id = idOf(generated.generate(alice, "alice's script"));

        assertFalse(generated.revoke(bob, id));
        assertTrue(generated.isLive(id));
        assertEquals(1, generated.listFor(alice).size());
    }

    @Test
    void aSuperUserRevokesAnotherUsersToken() {
        String id = idOf(generated.generate(bob, "bob's script"));

        assertTrue(generated.revoke(alice, id));
        assertFalse(generated.isLive(id));
    }

    @Test
    void anUnknownIdIsNotLive() {
        assertFalse(generated.isLive("no-such-id"));
        assertFalse(generated.isLive(null));
    }

    @Test
    void aUseIsNotedAsLastUsed() {
        String id = idOf(generated.generate(bob, "backup script"));
        Instant before = Instant.now();

        generated.markUsed(id);

        Instant lastUsed = listed(bob, id).lastUsed();
        assertNotNull(lastUsed);
        assertFalse(lastUsed.isBefore(before) || lastUsed.isAfter(Instant.now()), lastUsed.toString());
    }

    @Test
    void usesWithinFiveMinutesKeepTheFirstNoteSoABusyScriptDoesNotWriteEachTime() throws Exception {
        String id = idOf(generated.generate(bob, "backup script"));
        generated.markUsed(id);
        Instant first = listed(bob, id).lastUsed();
        Thread.sleep(2);

        generated.markUsed(id);

        assertEquals(first, listed(bob, id).lastUsed());
    }

    @Test
    void usesNoteOnlyTheTokenUsed() {
        String used = idOf(generated.generate(bob, "used script"));
        String idle = idOf(generated.generate(bob, "idle script"));

        generated.markUsed(used);

        assertNull(listed(bob, idle).lastUsed());
    }

    @Test
    void aRemovedUsersTokensAreNoLongerLive() {
        String id = idOf(generated.generate(bob, "backup script"));
        users.removeUser(alice, bob.id());

        generated.userRemoved(new UserRemoved(bob.id(), bob.name()));

        assertFalse(generated.isLive(id));
    }

    @Test
    void nameProblemsAreNamedAndRefusedOnGenerate() {
        assertTrue(GeneratedTokens.nameProblem(null).isPresent());
        assertTrue(GeneratedTokens.nameProblem("   ").isPresent());
        assertTrue(GeneratedTokens.nameProblem("line\nbreak").orElseThrow().contains("control"));
        assertTrue(GeneratedTokens.nameProblem("x".repeat(GeneratedTokens.MAX_NAME_LENGTH + 1)).orElseThrow().contains("at most"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generated.generate(bob, "tab\there"));
        assertTrue(e.getMessage().contains("control"), e.getMessage());
        assertEquals(List.of(), generated.listFor(bob));
    }

    @Test
    void aNameOfTheMaximumLengthIsAcceptedEvenWithSpaceAround() {
        String longest = "x".repeat(GeneratedTokens.MAX_NAME_LENGTH);

        assertEquals(Optional.empty(), GeneratedTokens.nameProblem(" " + longest + " "));
        generated.generate(bob, " " + longest + " ");
        assertTrue(generated.hasToken(bob, longest));
    }
}
