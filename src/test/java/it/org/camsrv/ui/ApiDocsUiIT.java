package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import it.org.camsrv.ui.pages.SettingsPage;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API tab links to the API documentation, Swagger UI shows CamSrv's routes from it, and the tab
 * itself works without any inline script (its Content-Security-Policy allows none).
 */
@ExtendWith(ArquillianExtension.class)
class ApiDocsUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("api-docs");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void apiTabLinksToSwaggerUiListingTheRoutes() {
        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        SettingsPage.open(driver, base.toString(), "api").api();
        String docs = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("apiDocs"))).getAttribute("href");
        assertTrue(docs.endsWith("/openapi/ui/"), docs);

        driver.get(docs);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "CamSrv API"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/api/take_photo"));
        Browser.screenshot(driver, "openapi-ui");
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("/api/login"));
    }

    @Test
    void apiTabGeneratesATokenWithoutInlineScript() {
        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        var tab = SettingsPage.open(driver, base.toString(), "api").api();
        String token = tab.generate("no-inline-script");
        assertTrue(token.split("\\.").length == 3, token);
        String page = driver.getPageSource();
        assertFalse(java.util.regex.Pattern.compile("\\son[a-z]+\\s*=", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(page).find(), "an inline event handler");
        assertFalse(java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page).find(), "an inline script");
        assertEquals(java.util.List.of("no-inline-script"), tab.tokenNames());

        // Generating is a plain form post now: reloading the page posts it again, which must not make a second token.
        driver.navigate().refresh();
        tab = new it.org.camsrv.ui.pages.ApiTab(driver, base.toString());
        assertFalse(tab.showsAToken());
        assertTrue(tab.fieldError("tokens:name").contains("already"), tab.fieldError("tokens:name"));
        assertEquals(java.util.List.of("no-inline-script"), tab.tokenNames());
    }
}
