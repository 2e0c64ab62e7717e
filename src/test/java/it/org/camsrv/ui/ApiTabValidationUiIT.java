package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.ApiTab;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.SettingsPage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every bad input on the API tab shows its message next to the field and changes no file and no setting. */
@ExtendWith(ArquillianExtension.class)
class ApiTabValidationUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("api-validation");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA).admin("owner", "owner-password").build();
    }

    @ArquillianResource
    URL base;

    private ApiTab tab;

    @BeforeEach
    void openApiTab() {
        // Each test has a fresh browser, so it always logs in (a check for the form first raced with the page load).
        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        tab = SettingsPage.open(driver, base.toString(), "api").api();
    }

    @Test
    void negativeMinutesAreRefused() {
        assertRefused(DATA.resolve("a/camsrv.secrets").toString(), "-5", "0", "api:minutes", "0 or more");
    }

    @Test
    void textInsteadOfDaysIsRefused() {
        assertRefused(DATA.resolve("b/camsrv.secrets").toString(), "60", "seven", "api:days", "whole number of days");
    }

    @Test
    void hugeMinutesAreRefused() {
        assertRefused(DATA.resolve("c/camsrv.secrets").toString(), "99999999999999999999", "0", "api:minutes", "at most");
    }

    @Test
    void directoryPathIsRefused() throws Exception {
        Path folder = Files.createDirectories(DATA.resolve("a-folder"));
        assertRefused(folder.toString(), "60", "0", "api:path", "folder");
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void nonJsonFileIsRefusedAndKeptByteForByte() throws Exception {
        Path file = DATA.resolve("notes.txt");
        byte[] content = "these are my notes, not JSON\n".getBytes();
        Files.write(file, content);
        assertRefused(file.toString(), "60", "0", "api:path", "JSON");
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void pathWithDotDotIsRefusedAndCreatesNothing() {
        String path = DATA.resolve("d") + "/../e/camsrv.secrets";
        assertRefused(path, "60", "0", "api:path", "\"..\"");
        assertFalse(Files.exists(DATA.resolve("d")));
        assertFalse(Files.exists(DATA.resolve("e")));
    }

    @Test
    void symbolicLinkIsRefusedAndItsTargetKeptByteForByte() throws Exception {
        Path target = DATA.resolve("elsewhere.json");
        byte[] content = "{\"mine\": true}".getBytes();
        Files.write(target, content);
        Path link = Files.createSymbolicLink(DATA.resolve("link.secrets"), target);
        assertRefused(link.toString(), "60", "0", "api:path", "symbolic link");
        assertArrayEquals(content, Files.readAllBytes(target));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void pathWithNulIsRefused() {
        // A browser sends what a script puts into the field, NUL included (as %00).
        tab.setPathByScript(DATA.resolve("f") + "\u0000/camsrv.secrets");
        assertRefused(null, "60", "0", "api:path", "NUL");
        assertFalse(Files.exists(DATA.resolve("f")));
    }

    @Test
    void folderThatCannotBeWrittenIsRefused() {
        // /proc refuses new folders even to root, so this holds however the tests run.
        assertRefused("/proc/camsrv-test/camsrv.secrets", "60", "0", "api:path", "cannot");
    }

    private void assertRefused(String path, String minutes, String days, String field, String messagePart) {
        ApiTab after = path == null ? tab.submitWithPathAsIs(minutes, days) : tab.submit(path, minutes, days);
        String message = after.fieldError(field);
        assertTrue(message.contains(messagePart), "message next to " + field + ": '" + message + "'");
        assertEquals("red", after.statusColour(), "nothing was taken");
        assertFalse(Files.exists(DATA.resolve("config/serverConfig.json")), "nothing was stored");
        if (path != null) {
            Path given = Path.of(path);
            assertTrue(Files.notExists(given) || Files.isDirectory(given) || Files.isSymbolicLink(given) || path.endsWith("notes.txt"),
                    "no secrets file was made at " + path);
        }
        SettingsPage.open(driver, base.toString(), "configuration");
        assertTrue(new SettingsPage(driver, base.toString()).configuration().unsavedChanges().isEmpty(),
                "no change was recorded");
    }
}
