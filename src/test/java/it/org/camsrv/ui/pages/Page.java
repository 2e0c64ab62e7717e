package it.org.camsrv.ui.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object shares: the driver, the base URL, waiting, and the page's messages. */
public abstract class Page {

    protected final WebDriver driver;
    protected final String base;

    protected Page(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** Waits for an element; when it never comes, says which page the browser was on and saves a picture of it. */
    protected WebElement find(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (TimeoutException e) {
            String name = "missing-" + System.currentTimeMillis();
            it.org.camsrv.ui.Browser.screenshot(driver, name);
            throw new AssertionError("No " + by + " on " + driver.getCurrentUrl() + " (" + driver.getTitle()
                    + "); see target/screenshots/" + name + ".png", e);
        }
    }

    /**
     * Whether the page shows this element within a few seconds. A look without waiting once answered
     * "no" for a login page that was still being put up in a fresh browser.
     */
    protected boolean has(By by) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.presenceOfElementLocated(by));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    protected void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks a button that submits a form and waits for the next page to load. */
    protected void submitWith(By button) {
        WebElement old = find(By.tagName("html"));
        find(button).click();
        waitUntilGone(old);
    }

    /**
     * Waits until the old page's root element is gone. Chromium sometimes reports a replaced
     * document as "node does not belong to the document" instead of a stale element: both mean gone.
     */
    protected void waitUntilGone(WebElement old) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * The page's messages. Waits up to 3 s for one, so that a page still loading after a post is not read too
     * early. No test expects an empty list, so the wait costs nothing there.
     */
    public List<String> messages() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages li")));
        } catch (TimeoutException none) {
            // no message: the caller's assertion says what was expected
        }
        return driver.findElements(By.cssSelector("#messages li")).stream().map(WebElement::getText).toList();
    }

    /** The message next to a form field, or "" when there is none. */
    public String fieldError(String fieldId) {
        List<WebElement> errors = driver.findElements(By.xpath(
                "//*[@id='" + fieldId + "']/following-sibling::*[contains(@class,'field-error')][1]"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String source() {
        return driver.getPageSource();
    }
}
