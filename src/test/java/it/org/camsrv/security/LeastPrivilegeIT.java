package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camsrv.settings.RaspiCamSrvConfigFolder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plain user posts every SuperUser action, each built from the SuperUser's own page (field names,
 * values, the button) with the plain user's session and view state: nothing changes on disk,
 * nothing restarts, the stream keeps its login. The same post from the owner does take effect,
 * which shows the posts are well made.
 */
@ExtendWith(ArquillianExtension.class)
class LeastPrivilegeIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("least-privilege");
    private static final Pattern USER_ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    /** raspiCamSrv's settings with the start marker: imported, they would open the stream and write startup.json. */
    private static final Path RASPI_CONFIG = DATA.resolve("raspiCamSrv-config");

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        PlainUser.importInto(DATA);
        RaspiCamSrvConfigFolder.realistic(CamsrvArchive.secretsFileIn(DATA)).writeTo(RASPI_CONFIG, true);
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString()).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPlainUsersPostsOfSuperUserActionsChangeNothing() throws Exception {
        RawHttp http = RawHttp.to(base);
        WebSession owner = new WebSession(http).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        WebSession plain = new WebSession(http).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        Path newSecrets = DATA.resolve("planted/deeper/other.secrets");
        Map<String, String> before = snapshot();

        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        Map<String, String> parameters = WebSession.form(owner.get("/settings?tab=parameters"), "parameters");
        parameters.remove("parameters:streamingNeedsLogin");
        parameters.remove("parameters:apiAllowed");
        parameters.put("parameters:submit", "Submit");
        actions.put("untick Req. Auth for Streaming and Allow access through API", parameters);
        Map<String, String> api = WebSession.form(owner.get("/settings?tab=api"), "api");
        api.put("api:path", newSecrets.toString());
        api.put("api:minutes", "5");
        api.put("api:submit", "Submit");
        actions.put("set a new secrets file path", api);
        Map<String, String> configuration = WebSession.form(owner.get("/settings?tab=configuration"), "configuration");
        configuration.put("configuration:startWithStored", "on");
        for (String button : new String[] {"store", "load", "applyStart", "restart"}) {
            Map<String, String> press = new LinkedHashMap<>(configuration);
            press.put("configuration:" + button, "pressed");
            actions.put("configuration " + button, press);
        }
        RawHttp.Answer usersPage = owner.get("/settings?tab=users");
        Map<String, String> register = WebSession.form(usersPage, "users");
        register.put("users:newName", "intruder");
        register.put("users:newPassword", "intruder-password");
        register.put("users:register", "Register New User");
        actions.put("register a user", register);
        Map<String, String> remove = WebSession.form(usersPage, "userList");
        remove.put(checkboxOfUser(usersPage, PlainUser.OWNER), "on");
        remove.put("userList:remove", "Remove");
        actions.put("remove the owner", remove);
        Map<String, String> importUsers = WebSession.form(usersPage, "import");
        importUsers.put("import:database", DATA.resolve("raspiCamSrv-import.sqlite").toString());
        importUsers.put("import:importUsers", "Import Users");
        actions.put("import users", importUsers);
        Map<String, String> importSettings = WebSession.form(usersPage, "importSettings");
        importSettings.put("importSettings:folder", RASPI_CONFIG.toString());
        importSettings.put("importSettings:importSettings", "Import Settings");
        actions.put("import settings", importSettings);

        String plainViewState = WebSession.form(plain.get("/settings?tab=parameters"), "parameters").get("jakarta.faces.ViewState");
        for (Map.Entry<String, Map<String, String>> action : actions.entrySet()) {
            Map<String, String> post = new LinkedHashMap<>(action.getValue());
            post.put("jakarta.faces.ViewState", plainViewState);
            RawHttp.Answer answer = plain.post("/settings", post);
            System.out.println("plain user, " + action.getKey() + " -> " + answer.status());
            assertTrue(answer.status() < 500, action.getKey() + ": " + answer);
        }

        Thread.sleep(3000); // a restart, had it started, would have dropped every session by now
        assertEquals(200, plain.get("/settings").status(), "the plain user's session survived: no restart");
        assertEquals(200, owner.get("/settings").status(), "the owner's session survived: no restart");
        assertEquals(before, snapshot(), "nothing in the data directory changed");
        assertFalse(Files.exists(newSecrets.getParent().getParent()), "no folder of the planted secrets path was made");
        assertEquals(401, http.get("/video_feed", Map.of()).status(), "the live stream still needs a login");
        RawHttp.Answer ownerUsers = owner.get("/settings?tab=users");
        assertFalse(ownerUsers.body().contains("intruder"), "no user was registered");
        assertTrue(ownerUsers.body().contains(">" + PlainUser.OWNER + "<"), "the owner was not removed");

        // The owner's own post of the same form takes effect: the posts above were well made.
        Map<String, String> ownerPost = new LinkedHashMap<>(actions.get("untick Req. Auth for Streaming and Allow access through API"));
        ownerPost.put("parameters:apiAllowed", "on");
        RawHttp.Answer applied = owner.post("/settings", ownerPost);
        assertEquals(302, applied.status(), applied.body());
        RawHttp.Answer open = http.get("/video_feed", Map.of());
        assertEquals(200, open.status(), "the owner may switch the stream's login off: " + open);
    }

    /** The name of the Users table's checkbox in the row that shows this user. */
    private static String checkboxOfUser(RawHttp.Answer usersPage, String name) {
        Matcher row = USER_ROW.matcher(usersPage.body());
        while (row.find()) {
            if (row.group(1).contains(">" + name + "<")) {
                Matcher checkbox = Pattern.compile("name=\"(userList:users:\\d+:select)\"").matcher(row.group(1));
                if (checkbox.find()) {
                    return checkbox.group(1);
                }
            }
        }
        throw new AssertionError("no row with a checkbox for " + name + " in " + usersPage.body());
    }

    /** Every file of the data directory but the database and the logs (logins write there), with size and time. */
    private static Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(DATA)) {
            all.filter(Files::isRegularFile)
                    .filter(file -> !DATA.relativize(file).startsWith("db") && !DATA.relativize(file).startsWith("logs"))
                    .forEach(file -> {
                        try {
                            files.put(DATA.relativize(file).toString(),
                                    Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
