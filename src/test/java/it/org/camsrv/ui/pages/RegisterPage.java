package it.org.camsrv.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /register, open while no user exists. */
public class RegisterPage extends Page {

    public RegisterPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public boolean isShown() {
        return has(By.id("register:username"));
    }

    public void register(String user, String password) {
        type(By.id("register:username"), user);
        type(By.id("register:password"), password);
        type(By.id("register:confirmation"), password);
        submitWith(By.id("register:submit"));
    }
}
