package fr.cdg.medtravail.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.Browser;

/** The directory screens in a real browser, logged in through the form as the secretariat. */
@Tag("browser")
class DirectoryBrowserTest extends DirectoryTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path files;

    private WebDriver page;
    private WebDriverWait wait;

    @BeforeEach
    void watchThePage() {
        page = browser.driver();
        wait = new WebDriverWait(page, Duration.ofSeconds(20));
    }

    private void type(String field, Object value) {
        var input = page.findElement(By.name(field));
        input.clear();
        input.sendKeys(String.valueOf(value));
    }

    @Test
    void theSecretariatCreatesACollectiviteThroughTheFormAndFindsItInTheList() {
        as(Role.SECRETARIAT); // makes sure the account exists
        browser.logIn("secretariat", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/collectivites"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Collectivités");

        var commune = Communes.next();
        page.findElement(By.linkText("Nouvelle collectivité")).click();
        wait.until(ExpectedConditions.urlContains("/collectivites/new"));
        var badSiren = commune.siren().substring(0, 8) + ((commune.siren().charAt(8) - '0' + 1) % 10);
        type("siren", badSiren);
        type("name", commune.name());
        type("inseeCode", commune.insee());
        type("postalCode", commune.postalCode());
        type("city", commune.name());
        type("latitude", commune.latitude());
        type("longitude", commune.longitude());
        page.findElement(By.name("affiliated")).click();
        page.findElement(By.cssSelector("form.card button[type=submit]")).click();

        var sirenError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("siren-error")));
        assertThat(sirenError.getText()).isEqualTo("doit être un SIREN : 9 chiffres dont la clé de contrôle est valide");
        assertThat(page.findElement(By.name("name")).getAttribute("value")).isEqualTo(commune.name());
        assertThat(page.findElement(By.name("siren")).getAttribute("aria-invalid")).isEqualTo("true");

        type("siren", commune.siren());
        page.findElement(By.cssSelector("form.card button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), commune.name()));
        assertThat(page.findElement(By.tagName("main")).getText()).contains(commune.siren(), "Affiliée");

        browser.open("/collectivites");
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
        page.findElement(By.partialLinkText("Agents")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Agents de " + commune.name()));

        for (var screen : new String[][] {{"/professionnels", "Professionnels de santé"}, {"/cabinets", "Cabinets"}}) {
            browser.open(screen[0]);
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(screen[1]);
        }
    }

    @Test
    void theImportScreenShowsTheProblemsOfABadFileAndTheCountsOfAGoodOne() throws IOException {
        as(Role.SECRETARIAT);
        browser.logIn("secretariat", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/collectivites"));

        var commune = Communes.next();
        var file = Files.writeString(files.resolve("collectivites.csv"), Communes.CSV_HEADER + "\n" + commune.csvLine()
                + "\n" + commune.csvLine().replace(commune.siren(), "123456789") + "\n");
        browser.open("/imports");
        var form = By.cssSelector("form[action='/imports']:has(input[value='collectivites'])");
        page.findElement(form).findElement(By.name("file")).sendKeys(file.toString());
        page.findElement(form).findElement(By.cssSelector("button[type=submit]")).click();
        var problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error table")));
        assertThat(problems.getText()).contains("3", "siren");
        assertThat(jdbc.sql("SELECT count(*) FROM collectivite WHERE siren = ?").param(commune.siren())
                .query(Long.class).single()).isZero();

        Files.writeString(file, Communes.CSV_HEADER + "\n" + commune.csvLine() + "\n");
        page.findElement(form).findElement(By.name("file")).sendKeys(file.toString());
        page.findElement(form).findElement(By.cssSelector("button[type=submit]")).click();
        var result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(result.getText()).contains("1 ajoutée(s)");
    }
}
