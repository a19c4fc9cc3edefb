package fr.cdg.medtravail.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cdg.medtravail.support.Browser;
import fr.cdg.medtravail.support.IntegrationTest;

/** "Mon agenda" in a real browser: a professional creates a feed, sees its URL once, then revokes it. */
@Tag("browser")
class FeedScreenBrowserTest extends IntegrationTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aProfessionalCreatesAFeedSeesItsUrlAndRevokesIt() throws Exception {
        var world = new FeedFixture(jdbc);
        world.session(world.nurse, LocalDate.now().plusDays(3), world.a);
        asProfessional(world.nurse);
        browser.logIn("professional-" + world.nurse, PASSWORD);

        var page = browser.driver();
        var wait = new WebDriverWait(page, Duration.ofSeconds(10));
        browser.open("/");
        page.findElement(By.linkText("Mon agenda")).click();
        var form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-feed")));
        new Select(form.findElement(By.name("scope"))).selectByValue("PROFESSIONAL");
        new Select(form.findElement(By.name("privacy"))).selectByValue("DETAILED");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        var field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feed-url")));
        var url = field.getAttribute("value");
        assertThat(url).matches("http://localhost:\\d+/feeds/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(page.findElement(By.id("feed-webcal")).getAttribute("href")).startsWith("webcal://");
        assertThat(page.findElement(By.tagName("table")).getText()).contains("Mes séances", "Anne Bernard");
        var http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body()).contains("BEGIN:VCALENDAR");

        page.findElement(By.cssSelector("[data-feed] button.danger")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feeds"), "révoqué"));
        assertThat(page.findElements(By.id("feed-url"))).isEmpty();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(404);
        assertThat(browser.cspViolations()).isEmpty();
    }
}
