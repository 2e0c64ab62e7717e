package org.camsrv.auth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.camsrv.auth.AuthFixtures;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation with reuse detection on a real database: generations, families and their end. */
class RefreshRotationTest {

    @TempDir
    Path data;

    private final ApiActivation activation = new ApiActivation();
    private final TokenService tokens = new TokenService();
    private RefreshRotation rotation;
    private User alice;

    @BeforeEach
    void wire() {
        UserService users = AuthFixtures.openUserService(data);
        alice = users.registerFirstSuperUser("alice", "alice-password").orElseThrow();
        tokens.activation = activation;
        activation.activate(new ActiveApi(TokenFixtures.newKeys(), 60, 30));
        rotation = openOn(data);
    }

    @AfterEach
    void deactivate() {
        activation.deactivate();
    }

    private RefreshRotation openOn(Path root) {
        RefreshRotation opened = new RefreshRotation();
        opened.dataDirectory = AuthFixtures.dataDirectoryAt(root);
        opened.tokens = tokens;
        opened.open();
        return opened;
    }

    private static TokenService.Chain chainOf(String refreshToken) {
        return TokenService.chainOf(TokenFixtures.accepted(refreshToken)).orElseThrow();
    }

    private String refreshWith(String refreshToken) {
        return rotation.refresh(alice, chainOf(refreshToken)).orElseThrow().refreshToken();
    }

    @Test
    void eachRefreshAnswersTheNextGenerationOfTheSameFamily() {
        String login = rotation.logIn(alice).refreshToken();
        String next = refreshWith(login);

        assertEquals(chainOf(login).family(), chainOf(next).family());
        assertEquals(0, chainOf(login).generation());
        assertEquals(1, chainOf(next).generation());
    }

    @Test
    void theLoginsRefreshTokenServesAgainAndAgainWhileNoSuccessorIsUsed() {
        String login = rotation.logIn(alice).refreshToken();
        for (int i = 0; i < 5; i++) {
            refreshWith(login);
        }
        assertTrue(rotation.refresh(alice, chainOf(login)).isPresent());
    }

    @Test
    void anAncestorAfterItsSuccessorWasUsedRevokesTheFamilyAndItsAccessTokens() {
        TokenService.TokenPair first = rotation.logIn(alice);
        String second = refreshWith(first.refreshToken());
        String third = refreshWith(second);

        assertTrue(rotation.refresh(alice, chainOf(first.refreshToken())).isEmpty(), "reuse");
        assertTrue(rotation.refresh(alice, chainOf(third)).isEmpty(), "the newest ends too");
        JsonWebToken access = TokenFixtures.accepted(first.accessToken());
        assertTrue(rotation.isRevoked(TokenService.familyOf(access).orElseThrow()));
        assertTrue(openOn(data).isRevoked(chainOf(third).family()), "and stays revoked after a restart");
    }

    @Test
    void anotherLoginsFamilyIsNotTouched() {
        String mine = rotation.logIn(alice).refreshToken();
        String other = rotation.logIn(alice).refreshToken();
        refreshWith(refreshWith(mine));
        rotation.refresh(alice, chainOf(mine));

        assertFalse(rotation.isRevoked(chainOf(other).family()));
        assertTrue(rotation.refresh(alice, chainOf(other)).isPresent());
    }

    @Test
    void anUnknownFamilyOrAnotherUsersIsRefused() {
        String login = rotation.logIn(alice).refreshToken();
        User mallory = new User(alice.id() + 1, "mallory", alice.passwordHash(), false, false);

        assertTrue(rotation.refresh(alice, new TokenService.Chain("made-up", 0)).isEmpty());
        assertTrue(rotation.refresh(mallory, chainOf(login)).isEmpty());
    }
}
