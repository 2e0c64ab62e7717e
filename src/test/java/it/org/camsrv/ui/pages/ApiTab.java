package it.org.camsrv.ui.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The API tab of /settings. */
public class ApiTab extends Page {

    public ApiTab(WebDriver driver, String base) {
        super(driver, base);
    }

    public String statusText() {
        return find(By.id("apiStatus")).getText();
    }

    /** red, yellow or green, from the status line's CSS class. */
    public String statusColour() {
        String classes = find(By.id("apiStatus")).getAttribute("class");
        for (String colour : List.of("red", "yellow", "green")) {
            if (classes.contains("status-" + colour)) {
                return colour;
            }
        }
        return "none";
    }

    public String path() {
        return find(By.id("api:path")).getAttribute("value");
    }

    public String minutes() {
        return find(By.id("api:minutes")).getAttribute("value");
    }

    public String days() {
        return find(By.id("api:days")).getAttribute("value");
    }

    public String tooltip(String field) {
        return find(By.id("api:" + field)).getAttribute("title");
    }

    public ApiTab submit(String path, String minutes, String days) {
        type(By.id("api:path"), path);
        type(By.id("api:minutes"), minutes);
        type(By.id("api:days"), days);
        submitWith(By.id("api:submit"));
        return new ApiTab(driver, base);
    }

    /** Puts a value into the path field the way a script could, characters a keyboard cannot type included. */
    public void setPathByScript(String path) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                find(By.id("api:path")), path);
    }

    /** Submits with the path field as it is now. */
    public ApiTab submitWithPathAsIs(String minutes, String days) {
        type(By.id("api:minutes"), minutes);
        type(By.id("api:days"), days);
        submitWith(By.id("api:submit"));
        return new ApiTab(driver, base);
    }

    /** Generates a token (an Ajax request) and answers the token the page shows. */
    public String generate(String name) {
        type(By.id("tokens:name"), name);
        find(By.id("tokens:generate")).click();
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("generatedToken"))).getText().strip();
    }

    public boolean showsAToken() {
        return !driver.findElements(By.id("generatedToken")).isEmpty();
    }

    public void copyToken() {
        find(By.id("copyToken")).click();
    }

    public String copyResult() {
        return find(By.id("copyResult")).getText();
    }

    /** The rows of the generated-token list: name, user, created, last used. */
    public List<String> tokenNames() {
        return driver.findElements(By.cssSelector("#tokenList\\:list tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    public void revoke(String name) {
        WebElement row = find(By.xpath("//table[@id='tokenList:list']//tr[td[1][normalize-space()='" + name + "']]"));
        WebElement old = find(By.tagName("html"));
        row.findElement(By.cssSelector("input[type=submit]")).click();
        waitUntilGone(old);
    }
}
