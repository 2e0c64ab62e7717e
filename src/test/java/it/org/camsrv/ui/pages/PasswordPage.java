package it.org.camsrv.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /password: change one's own password. */
public class PasswordPage extends Page {

    public PasswordPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public boolean isShown() {
        return has(By.id("password:new"));
    }

    public void change(String current, String newPassword) {
        type(By.id("password:current"), current);
        type(By.id("password:new"), newPassword);
        type(By.id("password:confirmation"), newPassword);
        submitWith(By.id("password:submit"));
    }
}
