package fr.cdg.medtravail.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The planning board in a real browser under the CSP: run from the page, watch it end, see the sessions, ask why. */
@Tag("browser")
class PlanningBoardBrowserTest extends PlanningTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theSecretariatRunsThePlanningFromTheBoardAndAsksWhy() {
        fixture();
        var start = PlanningFixture.mondayAfter(35 + 7 * 20);
        var horizon = as(Role.SECRETARIAT).post().uri("/api/planning/horizons")
                .body(Map.of("name", "Navigateur", "start", start.toString(), "end", start.plusDays(11).toString()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");

        browser.logIn("secretariat", PASSWORD);
        browser.open("/planning?horizon=" + horizon);
        var page = browser.driver();
        var wait = new WebDriverWait(page, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "jamais lancée"));

        var seconds = page.findElement(By.id("seconds"));
        seconds.clear();
        seconds.sendKeys("2");
        page.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "terminée"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.board .chip")));

        page.findElement(By.id("explain")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("explanation"), "Pourquoi"));

        assertThat(browser.cspViolations()).isEmpty();
    }
}
