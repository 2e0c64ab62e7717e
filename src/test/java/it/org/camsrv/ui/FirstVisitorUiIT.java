package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.RegisterPage;
import it.org.camsrv.ui.pages.SettingsPage;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * A server without users: every page leads to /register, the first visitor becomes SuperUser,
 * and the session, cookies and error pages behave as a product's should.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstVisitorUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("first-visitor");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA).build();
    }

    @ArquillianResource
    URL base;


    @Test
    @Order(2)
    void firstVisitorRegistersAsSuperUserAndSessionsBehave() {
        String url = base.toString();
        ApiClient http = new ApiClient(base);
        var redirected = http.get("settings", null);
        assertEquals(302, redirected.status());
        assertTrue(redirected.header("Location").endsWith("/register"), redirected.header("Location"));

        driver.get(url + "settings?tab=api");
        assertTrue(driver.getCurrentUrl().endsWith("/register"), driver.getCurrentUrl());
        Browser.screenshot(driver, "register");
        RegisterPage register = new RegisterPage(driver, url);
        assertTrue(register.isShown());
        register.register("first", "first-password");

        SettingsPage settings = new SettingsPage(driver, url);
        assertTrue(settings.tabs().contains("Users"), "the first user is SuperUser: " + settings.tabs());

        driver.get(url + "register");
        assertFalse(driver.getCurrentUrl().endsWith("/register"), "registration is closed once a user exists");

        driver.findElement(By.id("logout")).click();
        driver.get(url + "settings");
        LoginPage login = new LoginPage(driver, url);
        assertTrue(login.isShown(), "logged out: " + driver.getCurrentUrl());

        Cookie before = driver.manage().getCookieNamed("JSESSIONID");
        login.logIn("first", "first-password");
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertNotEquals(before == null ? null : before.getValue(), after.getValue(), "a new session id at login");
        assertTrue(after.isHttpOnly());
        assertEquals("Lax", after.getSameSite());
    }

    @Test
    @Order(1)
    void pagesCarrySecurityHeaders() {
        var page = new ApiClient(base).get("register", null);
        assertEquals(200, page.status());
        String policy = page.header("Content-Security-Policy");
        assertNotNull(policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("default-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline"), "no inline script may run: " + policy);
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
    }

    @Test
    @Order(3)
    void unknownPagesAndFailuresShowAFriendlyPageWithoutAStackTrace() {
        // Deny by default: a stranger learns nothing about which pages exist.
        var stranger = new ApiClient(base).get("no-such-page", null);
        assertEquals(302, stranger.status());
        assertTrue(stranger.header("Location").endsWith("/login"), stranger.header("Location"));

        LoginPage.open(driver, base.toString()).logIn("first", "first-password");
        driver.get(base + "no-such-page");
        String page = driver.getPageSource();
        assertTrue(page.contains("Not found"), page);
        assertFalse(page.contains("Exception") || page.contains("at org."), page);
    }
}
