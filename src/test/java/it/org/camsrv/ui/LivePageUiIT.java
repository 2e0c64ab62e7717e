package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Live page shows the stream of the simulated camera and takes a photo; the header names the camera. */
@ExtendWith(ArquillianExtension.class)
class LivePageUiIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(CamsrvArchive.newDataDirectory("live-ui")).admin("owner", "owner-password").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void liveViewShowsFramesAndAPhotoIsTaken() {
        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        driver.get(base + "live");
        assertTrue(driver.findElement(By.cssSelector("header")).getText().contains("Simulated camera"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return document.getElementById('liveView').naturalWidth")).intValue() == 640);
        Browser.screenshot(driver, "live");
        driver.findElement(By.id("live:photo")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains("Photo taken: "));
    }
}
