package fr.cdg.medtravail.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Debian Chromium for each test of a "browser" test class, pointed at the application under test:
 * {@code @RegisterExtension final Browser browser = new Browser();}. Its console log is kept to check the CSP.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    private WebDriver driver;
    private String baseUrl;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        var port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        baseUrl = "http://localhost:" + port;
        driver = chromium();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application, by its path. */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Logs in through the log-in form, as a person would. */
    public void logIn(String username, String password) {
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
    }

    /** Console messages reporting a Content-Security-Policy violation. */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy")).toList();
    }

    private static WebDriver chromium() throws IOException {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }
}
