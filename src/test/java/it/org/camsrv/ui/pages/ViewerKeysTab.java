package it.org.camsrv.ui.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The Viewer Keys tab of /settings. */
public class ViewerKeysTab extends Page {

    public ViewerKeysTab(WebDriver driver, String base) {
        super(driver, base);
    }

    /** Creates a key; answers the page as it came back (with the new key, or with a message at the name). */
    public ViewerKeysTab create(String name) {
        type(By.id("viewerKeys:name"), name);
        submitWith(By.id("viewerKeys:create"));
        return new ViewerKeysTab(driver, base);
    }

    /** The key the page shows once, or null. */
    public String shownKey() {
        List<WebElement> key = driver.findElements(By.id("createdKey"));
        return key.isEmpty() ? null : key.get(0).getText().strip();
    }

    public String copyKey() {
        find(By.id("copyKey")).click();
        return find(By.id("copyKeyResult")).getText();
    }

    /** The list's rows as "name | user | created | last used". */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#keyList tbody tr")).stream()
                .map(row -> String.join(" | ", row.findElements(By.tagName("td")).stream().limit(4).map(WebElement::getText).toList()))
                .toList();
    }

    public ViewerKeysTab revoke(String name) {
        WebElement row = find(By.xpath("//table[@id='keyList']//tr[td[1][normalize-space()='" + name + "']]"));
        WebElement old = find(By.tagName("html"));
        row.findElement(By.cssSelector("input[type=submit]")).click();
        waitUntilGone(old);
        return new ViewerKeysTab(driver, base);
    }
}
