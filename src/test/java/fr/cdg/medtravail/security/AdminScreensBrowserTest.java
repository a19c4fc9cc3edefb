package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fr.cdg.medtravail.support.Browser;
import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A real browser under the real Content-Security-Policy: log in with the form, create a référent on the accounts
 * screen (CSRF token included by the page), find the change in the audit screen, without any CSP violation.
 */
@Tag("browser")
class AdminScreensBrowserTest extends IntegrationTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAdministratorCreatesAReferentOnTheAccountsScreenAndFindsItInTheAuditTrail() {
        as(Role.ADMIN);
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune navigateur");
        var username = "ref-" + UUID.randomUUID().toString().substring(0, 8);

        browser.logIn("admin", PASSWORD);

        browser.open("/admin/comptes");
        var page = browser.driver();
        var form = page.findElement(By.cssSelector("form[action='/admin/comptes']"));
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("displayName")).sendKeys("Référente navigateur");
        form.findElement(By.name("password")).sendKeys(PASSWORD);
        new Select(form.findElement(By.name("role"))).selectByValue("REFERENT");
        new Select(form.findElement(By.name("collectiviteIds"))).selectByValue(Long.toString(collectivite));
        form.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains(username);
        assertThat(jdbc.sql("""
                        SELECT uc.collectivite_id FROM app_user u JOIN app_user_collectivite uc ON uc.user_id = u.id
                        WHERE u.username = ?""").param(username).query(Long.class).single()).isEqualTo(collectivite);

        browser.open("/admin/audit?username=admin&action=CREATE");
        assertThat(page.findElement(By.tagName("table")).getText()).contains("/admin/comptes");

        assertThat(browser.cspViolations()).isEmpty();
    }
}
