package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;
import java.util.logging.Level;

import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser under the real Content-Security-Policy: log in with the form, create a référent on the accounts
 * screen (CSRF token included by the page), find the change in the audit screen, without any CSP violation.
 */
@Tag("browser")
class AdminScreensBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorCreatesAReferentOnTheAccountsScreenAndFindsItInTheAuditTrail() {
        as(Role.ADMIN);
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune navigateur");
        var username = "ref-" + UUID.randomUUID().toString().substring(0, 8);

        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        browser.get("http://localhost:" + port + "/admin/comptes");
        var form = browser.findElement(By.cssSelector("form[action='/admin/comptes']"));
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("displayName")).sendKeys("Référente navigateur");
        form.findElement(By.name("password")).sendKeys(PASSWORD);
        new Select(form.findElement(By.name("role"))).selectByValue("REFERENT");
        new Select(form.findElement(By.name("collectiviteIds"))).selectByValue(Long.toString(collectivite));
        form.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains(username);
        assertThat(jdbc.sql("""
                        SELECT uc.collectivite_id FROM app_user u JOIN app_user_collectivite uc ON uc.user_id = u.id
                        WHERE u.username = ?""").param(username).query(Long.class).single()).isEqualTo(collectivite);

        browser.get("http://localhost:" + port + "/admin/audit?username=admin&action=CREATE");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("/admin/comptes");

        var violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }
}
