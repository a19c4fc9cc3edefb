package fr.cdg.medtravail.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import fr.cdg.medtravail.security.Role;

/** The directory screens in a real browser, logged in through the form as the secretariat. */
@Tag("browser")
class DirectoryBrowserTest extends DirectoryTest {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String field, Object value) {
        var input = browser.findElement(By.name(field));
        input.clear();
        input.sendKeys(String.valueOf(value));
    }

    @Test
    void theSecretariatCreatesACollectiviteThroughTheFormAndFindsItInTheList() {
        as(Role.SECRETARIAT); // makes sure the account exists
        open("/login");
        type("username", "secretariat");
        type("password", PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/collectivites"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Collectivités");

        var commune = Communes.next();
        browser.findElement(By.linkText("Nouvelle collectivité")).click();
        wait.until(ExpectedConditions.urlContains("/collectivites/new"));
        var badSiren = commune.siren().substring(0, 8) + ((commune.siren().charAt(8) - '0' + 1) % 10);
        type("siren", badSiren);
        type("name", commune.name());
        type("inseeCode", commune.insee());
        type("postalCode", commune.postalCode());
        type("city", commune.name());
        type("latitude", commune.latitude());
        type("longitude", commune.longitude());
        browser.findElement(By.name("affiliated")).click();
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();

        var sirenError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("siren-error")));
        assertThat(sirenError.getText()).isEqualTo("doit être un SIREN : 9 chiffres dont la clé de contrôle est valide");
        assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo(commune.name());
        assertThat(browser.findElement(By.name("siren")).getAttribute("aria-invalid")).isEqualTo("true");

        type("siren", commune.siren());
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), commune.name()));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(commune.siren(), "Affiliée");

        open("/collectivites");
        type("q", commune.siren());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#results"), "1 résultat"));
        // A unique prefix of the SIREN already gives "1 résultat"; the answer to the last keystroke may still replace
        // the results, so the row is read and clicked again if it was replaced under our feet.
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            assertThat(driver.findElement(By.cssSelector("#results tbody")).getText()).contains(commune.name());
            driver.findElement(By.linkText(commune.name())).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), commune.name()));
        browser.findElement(By.partialLinkText("Agents")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Agents de " + commune.name()));

        for (var screen : new String[][] {{"/professionnels", "Professionnels de santé"}, {"/cabinets", "Cabinets"}}) {
            open(screen[0]);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(screen[1]);
        }
    }

    @Test
    void theImportScreenShowsTheProblemsOfABadFileAndTheCountsOfAGoodOne() throws IOException {
        as(Role.SECRETARIAT);
        open("/login");
        type("username", "secretariat");
        type("password", PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/collectivites"));

        var commune = Communes.next();
        var file = Files.writeString(profile.resolve("collectivites.csv"), Communes.CSV_HEADER + "\n" + commune.csvLine()
                + "\n" + commune.csvLine().replace(commune.siren(), "123456789") + "\n");
        open("/imports");
        var form = By.cssSelector("form[action='/imports']:has(input[value='collectivites'])");
        browser.findElement(form).findElement(By.name("file")).sendKeys(file.toString());
        browser.findElement(form).findElement(By.cssSelector("button[type=submit]")).click();
        var problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error table")));
        assertThat(problems.getText()).contains("3", "siren");
        assertThat(jdbc.sql("SELECT count(*) FROM collectivite WHERE siren = ?").param(commune.siren())
                .query(Long.class).single()).isZero();

        Files.writeString(file, Communes.CSV_HEADER + "\n" + commune.csvLine() + "\n");
        browser.findElement(form).findElement(By.name("file")).sendKeys(file.toString());
        browser.findElement(form).findElement(By.cssSelector("button[type=submit]")).click();
        var result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(result.getText()).contains("1 ajoutée(s)");
    }
}
