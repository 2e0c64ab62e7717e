package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Places on disk stay with the SuperUser (issue 20, item 8): the camera's load error in /api/info and an
 * unsaved change of the secrets file's path show "(path hidden)" to a plain user, as the Info page does.
 */
@ExtendWith(ArquillianExtension.class)
class SmallLeaksIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("small-leaks");

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        // A camera shim that is no library: its load error names the file. A path of its own, because the JVM
        // keeps a library it once loaded under a path and would not read a new file put there.
        Path notALibrary = DATA.resolve("libcamsrv_libcamera.so");
        try {
            Files.writeString(notALibrary, "not a library");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString())
                .with("camsrv.camera.shim", notALibrary.toString()).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void apiInfoHidesThePathsOfTheCameraChoice() {
        ApiClient api = new ApiClient(base);
        String token = api.login(PlainUser.NAME, PlainUser.PASSWORD).getString("access_token");
        ApiClient.Answer info = api.get("api/info", token);
        assertEquals(200, info.status(), info.toString());
        String choice = info.json().getJsonObject("message").getString("camera_choice");
        System.out.println("camera_choice for a plain user: " + choice);
        assertTrue(choice.contains("(path hidden)"), choice);
        assertFalse(choice.matches("(?s).*(?<![\\w.~-])/[\\w.-]+/.*"), "no absolute path: " + choice);
    }

    @Test
    void aPlainUserSeesAnUnsavedPathChangeWithoutThePaths() {
        RawHttp http = RawHttp.to(base);
        WebSession owner = new WebSession(http).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        String newPath = DATA.resolve("elsewhere/camsrv.secrets").toString();
        Map<String, String> api = WebSession.form(owner.get("/settings?tab=api"), "api");
        api.put("api:path", newPath);
        api.put("api:submit", "Submit");
        RawHttp.Answer submitted = owner.post("/settings?tab=api", api);
        assertTrue(submitted.status() == 200 || submitted.status() == 302, submitted.toString());
        assertTrue(owner.get("/settings?tab=configuration").body().contains(newPath), "the SuperUser sees the path");

        WebSession plain = new WebSession(http).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        String page = plain.get("/settings?tab=configuration").body();
        assertTrue(page.contains("JWT Secret Key File Path"), "the change is listed");
        assertFalse(page.contains(newPath) || page.contains(DATA.toString()), "no path for a plain user");
        assertTrue(page.contains("(path hidden)"), page);
    }
}
