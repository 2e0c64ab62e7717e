package it.org.camsrv.ui.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The Users tab of /settings. */
public class UsersTab extends Page {

    public UsersTab(WebDriver driver, String base) {
        super(driver, base);
    }

    /** Each row as "id name initial superuser", e.g. "2 guest yes no". */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#userList\\:users tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().skip(1).map(WebElement::getText)
                        .reduce((a, b) -> a + " " + b).orElse(""))
                .toList();
    }

    public void register(String name, String password) {
        type(By.id("users:newName"), name);
        type(By.id("users:newPassword"), password);
        submitWith(By.id("users:register"));
    }

    public void remove(String name) {
        find(By.xpath("//table[@id='userList:users']//tr[td[3][normalize-space()='" + name + "']]//input[@type='checkbox']")).click();
        submitWith(By.id("userList:remove"));
    }

    /** Imports raspiCamSrv's users from its database file. */
    public void importFrom(String databaseFile) {
        type(By.id("import:database"), databaseFile);
        submitWith(By.id("import:importUsers"));
    }

    /** Imports raspiCamSrv's stored settings from its config folder or its serverConfig.json. */
    public void importSettingsFrom(String folderOrFile) {
        type(By.id("importSettings:folder"), folderOrFile);
        submitWith(By.id("importSettings:importSettings"));
    }
}
