package it.org.camsrv.ui.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Configuration tab of /settings. */
public class ConfigurationTab extends Page {

    public ConfigurationTab(WebDriver driver, String base) {
        super(driver, base);
    }

    public List<String> unsavedChanges() {
        return driver.findElements(By.cssSelector("#changes tbody tr td:nth-child(2)")).stream().map(WebElement::getText).toList();
    }

    public boolean startsWithStored() {
        return find(By.id("configuration:startWithStored")).isSelected();
    }

    /** Ticks or clears "Start server with stored Configuration" and stores the configuration. */
    public void store(boolean startWithStored) {
        WebElement box = find(By.id("configuration:startWithStored"));
        if (box.isSelected() != startWithStored) {
            box.click();
        }
        submitWith(By.id("configuration:store"));
    }

    public void loadStored() {
        submitWith(By.id("configuration:load"));
    }

    /** Restarts the server and waits until the restart page has led back to a page of the app. */
    public void restartServer() {
        submitWith(By.id("configuration:restart"));
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
            String url = d.getCurrentUrl();
            return url.contains("/login") || url.contains("/settings");
        });
    }

    public boolean restartPageWasShown() {
        return driver.getCurrentUrl().contains("restarting");
    }
}
