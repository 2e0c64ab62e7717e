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
    void folderThatCannotBeWrittenIsRefused() {
        // /proc refuses new folders even to root, so this holds however the tests run.
        assertRefused("/proc/camsrv-test/camsrv.secrets", "60", "0", "api:path", "cannot");
    }

    private void assertRefused(String path, String minutes, String days, String field, String messagePart) {
        ApiTab after = tab.submit(path, minutes, days);
        String message = after.fieldError(field);
        assertTrue(message.contains(messagePart), "message next to " + field + ": '" + message + "'");
        assertEquals("red", after.statusColour(), "nothing was taken");
        assertFalse(Files.exists(DATA.resolve("config/serverConfig.json")), "nothing was stored");
        assertTrue(Files.notExists(Path.of(path)) || Files.isDirectory(Path.of(path)) || path.endsWith("notes.txt"));
        SettingsPage.open(driver, base.toString(), "configuration");
        assertTrue(new SettingsPage(driver, base.toString()).configuration().unsavedChanges().isEmpty(),
                "no change was recorded");
    }
}
