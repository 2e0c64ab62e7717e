package it.org.camsrv.ui.pages;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /info: the facts in groups, and Copy as text. */
public class InfoPage extends Page {

    public InfoPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static InfoPage open(WebDriver driver, String base) {
        InfoPage page = new InfoPage(driver, base);
        driver.get(page.base + "info");
        page.find(By.id("infoFacts"));
        return page;
    }

    /** Every fact as "Group / Label" to its value, e.g. "Storage / Free disk space". */
    public Map<String, String> facts() {
        List<WebElement> titles = driver.findElements(By.cssSelector("#infoFacts .facts-title"));
        List<WebElement> tables = driver.findElements(By.cssSelector("#infoFacts table.facts"));
        Map<String, String> facts = new LinkedHashMap<>();
        for (int group = 0; group < titles.size(); group++) {
            String title = titles.get(group).getText();
            for (WebElement row : tables.get(group).findElements(By.tagName("tr"))) {
                facts.put(title + " / " + row.findElement(By.tagName("th")).getText(), row.findElement(By.tagName("td")).getText());
            }
        }
        return facts;
    }

    /** The text of every cell of the facts, labels and values. */
    public List<String> cells() {
        return driver.findElements(By.cssSelector("#infoFacts th, #infoFacts td")).stream().map(WebElement::getText).toList();
    }

    public List<String> warnings() {
        return driver.findElements(By.cssSelector(".info-warning")).stream().map(WebElement::getText).toList();
    }

    /** The facts as the text Copy as text takes, whether or not it is unfolded. */
    public String text() {
        return find(By.id("infoText")).getDomProperty("textContent");
    }

    /** Presses Copy as text and answers what the page then says ("Copied", or how to copy by hand). */
    public String copyAsText() {
        find(By.id("copyInfo")).click();
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String said = d.findElement(By.id("copyInfoResult")).getText();
            return said.isBlank() ? null : said;
        });
    }

    public boolean saysPathsAreHidden() {
        return has(By.id("pathsHidden"));
    }
}
