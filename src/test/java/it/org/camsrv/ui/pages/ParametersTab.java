package it.org.camsrv.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The Parameters tab of /settings. */
public class ParametersTab extends Page {

    public ParametersTab(WebDriver driver, String base) {
        super(driver, base);
    }

    public void allowApi(boolean allowed) {
        WebElement box = find(By.id("parameters:apiAllowed"));
        if (box.isSelected() != allowed) {
            box.click();
        }
        submitWith(By.id("parameters:submit"));
    }

    public boolean apiAllowed() {
        return find(By.id("parameters:apiAllowed")).isSelected();
    }

    /** The chosen value of a menu: photoType, rawPhotoType or videoType. */
    public String chosen(String menu) {
        return find(By.id("parameters:" + menu)).getAttribute("value");
    }

    public boolean streamingNeedsLogin() {
        return find(By.id("parameters:streamingNeedsLogin")).isSelected();
    }
}
