package it.org.camsrv.ui.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /settings: its tabs; each tab's content has its own page object. */
public class SettingsPage extends Page {

    public SettingsPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static SettingsPage open(WebDriver driver, String base, String tab) {
        SettingsPage page = new SettingsPage(driver, base);
        driver.get(page.base + "settings?tab=" + tab);
        return page;
    }

    /** The titles of the tabs this user sees. */
    public List<String> tabs() {
        return driver.findElements(By.cssSelector("#tabs a")).stream().map(WebElement::getText).toList();
    }

    /** The id of the tab whose content is shown. */
    public String openTab() {
        return find(By.cssSelector("section.tab-body")).getAttribute("id").replace("tab-body-", "");
    }

    public ApiTab api() {
        return new ApiTab(driver, base);
    }

    public ConfigurationTab configuration() {
        return new ConfigurationTab(driver, base);
    }

    public UsersTab users() {
        return new UsersTab(driver, base);
    }

    public ViewerKeysTab viewerKeys() {
        return new ViewerKeysTab(driver, base);
    }

    public ParametersTab parameters() {
        return new ParametersTab(driver, base);
    }
}
