package it.org.camsrv.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.org.camsrv.support.ApiAssertions;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.TestRunnerPassage;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server, beside the user service: a removed user's tokens stop working at
 * once, even those Liberty's authentication cache has already accepted, and a new user of the
 * same name does not inherit them.
 */
@ExtendWith(ArquillianExtension.class)
class RemovedUserIT {

    @Deployment
    static WebArchive deployment() {
        Path data = CamsrvArchive.newDataDirectory("removed-user");
        return CamsrvArchive.ownerWithApi(data)
                .with("camsrv.api.access.minutes", "30")
                .with("camsrv.api.refresh.days", "1")
                .build()
                .addClasses(RemovedUserIT.class, CamsrvArchive.class, ApiClient.class, ApiClient.Answer.class, ApiAssertions.class,
                        TestRunnerPassage.class, TestRunnerPassage.Passage.class);
    }

    @Inject
    UserService users;

    @Test
    void removedUsersTokensAreRefusedAtOnce() throws Exception {
        ApiClient api = new ApiClient(new URL(ConfigProvider.getConfig().getValue("it.base.url", String.class)));
        User owner = users.findByName("owner").orElseThrow();
        User guest = users.addInitialUser("guest", "guest-password").orElseThrow();
        users.changePassword(guest, "guest-password-2");
        var tokens = api.login("guest", "guest-password-2");
        String access = tokens.getString("access_token");
        String refresh = tokens.getString("refresh_token");
        assertEquals(200, api.get("api/protected", access).status(), "accepted once, so now in Liberty's cache");

        users.removeUser(owner, guest.id());

        ApiAssertions.assertRefused(api.get("api/protected", access), "Token has been revoked");
        ApiAssertions.assertRefused(api.post("api/refresh", "", refresh), "Token has been revoked");

        User again = users.addInitialUser("guest", "guest-password").orElseThrow();
        users.changePassword(again, "guest-password-3");
        ApiAssertions.assertRefused(api.get("api/protected", access), "Token has been revoked");
    }
}
