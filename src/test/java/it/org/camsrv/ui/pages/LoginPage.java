package it.org.camsrv.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /login. */
public class LoginPage extends Page {

    public LoginPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static LoginPage open(WebDriver driver, String base) {
        LoginPage page = new LoginPage(driver, base);
        driver.get(page.base + "login");
        return page;
    }

    /** Logs in; the browser then shows Settings, or /password for an Initial user. */
    public void logIn(String user, String password) {
        type(By.id("login:username"), user);
        type(By.id("login:password"), password);
        submitWith(By.id("login:submit"));
    }

    public boolean isShown() {
        return has(By.id("login:username"));
    }
}
