package fr.cdg.medtravail.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.Browser;
import fr.cdg.medtravail.support.IntegrationTest;

/** The billing dashboards in a real browser: ECharts draws a canvas in every chart, for a référent and the staff. */
@Tag("browser")
class BillingDashboardBrowserTest extends IntegrationTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theReferentSeesTheirCollectivitesChartsDrawn() {
        var world = new BillingWorld(jdbc);
        long town = world.member(2026, "AFFILIATED", true, 12);
        world.appointments(town, LocalDate.of(2026, 2, 3), "HELD", 9);
        world.appointments(town, LocalDate.of(2026, 2, 4), "ABSENT_UNJUSTIFIED", 1);
        as(Role.REFERENT, town); // makes sure the account exists

        browser.logIn("referent-" + town, PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/collectivites"));
        browser.open("/facturation?year=2026");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Facturation et absences 2026");
        assertDrawn("rates", "months", "deadlines", "quotas");
        assertThat(browser.driver().findElements(By.cssSelector("[data-chart=loads]"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("ledgers")).getText()).contains("10", "1", "10.00 %");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void theSecretariatSeesEveryChartDrawn() {
        var world = new BillingWorld(jdbc);
        long town = world.member(2026, "AFFILIATED", true, 12);
        world.appointments(town, LocalDate.of(2026, 5, 5), "HELD", 4);
        as(Role.SECRETARIAT);

        browser.logIn("secretariat", PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/collectivites"));
        browser.open("/facturation?year=2026");
        assertDrawn("rates", "months", "loads", "deadlines", "quotas");
        assertThat(browser.cspViolations()).isEmpty();
    }

    private void assertDrawn(String... charts) {
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        for (var chart : charts) {
            var canvas = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-chart=" + chart + "] canvas")));
            assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(100);
        }
    }
}
