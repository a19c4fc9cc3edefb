package fr.cdg.medtravail.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.Browser;
import fr.cdg.medtravail.support.IntegrationTest;

/** The référent's portal in a real browser: log in, choose a free time for an agent to place, book it. */
@Tag("browser")
class BookingScreenBrowserTest extends IntegrationTest {

    @RegisterExtension
    final Browser browser = new Browser();

    private BookingFixture world;

    @BeforeEach
    void setUp() {
        world = new BookingFixture(jdbc);
    }

    @AfterEach
    void tearDown() {
        world.remove();
    }

    @Test
    void theReferentBooksAnAgentFromThePortal() {
        long agent = world.agent(world.a);
        var day = LocalDate.now().plusDays(20);
        long session = world.session(world.nurse, day, Half.AM, 210, Map.of(world.a, 90));
        as(Role.REFERENT, world.a); // makes sure the account exists
        var page = browser.driver();
        var wait = new WebDriverWait(page, Duration.ofSeconds(20));

        browser.logIn("referent-" + world.a, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/collectivites"));
        browser.open("/collectivites/" + world.a + "/rendez-vous");
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Mes rendez-vous");
        var row = By.cssSelector("tr[data-agent='" + agent + "']");
        assertThat(page.findElement(row).getText()).contains("Durand Paul", "Visite d'information et de prévention");

        page.findElement(row).findElement(By.cssSelector("button.choose-slot")).click();
        var slot = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(row, By.name("slot"))).get(0);
        assertThat(slot.getText()).contains("08:30");
        page.findElement(row).findElement(By.cssSelector("button.primary")).click();

        var notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(notice.getText()).isEqualTo("Rendez-vous réservé.");
        assertThat(page.findElement(By.cssSelector("article[data-session='" + session + "']")).getText())
                .contains("08:30", "Durand Paul", "Réservé", "Convocation");
        assertThat(page.findElements(row)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE agent_id = ? AND status = 'BOOKED'").param(agent)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(browser.cspViolations()).isEmpty();
    }
}
