package fr.cdg.medtravail.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Test;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;

class AuditTrailTest extends IntegrationTest {

    @Test
    void readingAnAgentsRecordLeavesAnAuditRowWithWhoWhenWhatAndFromWhere() {
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune auditée");
        long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1990, 2, 3), false);

        as(Role.REFERENT, collectivite).get().uri("/api/agents/{id}/export", agent)
                .header("User-Agent", "audit-test/1.0").exchange()
                .expectStatus().isOk();

        var row = jdbc.sql("""
                        SELECT username, role, action, subject_type, subject_id, collectivite_id, client_ip, user_agent,
                               detail->>'route' AS route, at > now() - interval '1 minute' AS recent
                        FROM audit_event WHERE subject_type = 'AGENT' AND subject_id = ?""")
                .param(Long.toString(agent)).query().singleRow();
        assertThat(row).containsEntry("username", "referent-" + collectivite)
                .containsEntry("role", "REFERENT")
                .containsEntry("action", "EXPORT")
                .containsEntry("collectivite_id", collectivite)
                .containsEntry("user_agent", "audit-test/1.0")
                .containsEntry("route", "GET /api/agents/{id}/export")
                .containsEntry("recent", true);
        assertThat((String) row.get("client_ip")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void refusedAccessesAreRecorded() {
        long own = PersonalDataRows.collectivite(jdbc, "Commune propre");
        long foreign = PersonalDataRows.collectivite(jdbc, "Commune étrangère");
        long agent = PersonalDataRows.agent(jdbc, foreign, LocalDate.of(1985, 6, 7), false);
        var referent = as(Role.REFERENT, own);

        referent.get().uri("/api/agents/{id}/export", agent).exchange().expectStatus().isNotFound();
        referent.get().uri("/api/accounts").exchange().expectStatus().isForbidden();

        assertThat(jdbc.sql("""
                        SELECT detail->>'status' FROM audit_event
                        WHERE action = 'ACCESS_DENIED' AND subject_type = 'AGENT' AND subject_id = ?""")
                .param(Long.toString(agent)).query(String.class).single()).isEqualTo("404");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND username = ?
                          AND detail->>'route' = 'GET /api/accounts'""")
                .param("referent-" + own).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void changesAreRecordedWithTheirRoute() {
        var username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        as(Role.ADMIN).post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "displayName", "Audité", "password", PASSWORD,
                        "role", "SECRETARIAT"))
                .exchange().expectStatus().isCreated();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND username = 'admin'
                          AND subject_type = '/api/accounts' AND detail->>'location' = ?""")
                .param("/api/accounts/" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theApplicationsRoleCannotRewriteTheTrailNorSwitchItsProtectionOff() {
        as(Role.REFERENT, PersonalDataRows.collectivite(jdbc, "Commune refusée")).get().uri("/api/accounts")
                .exchange().expectStatus().isForbidden();
        long before = jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class)
                .single()).isFalse();

        for (var statement : new String[] {"UPDATE audit_event SET username = 'someone-else'", "DELETE FROM audit_event",
                "TRUNCATE audit_event", "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete",
                "ALTER TABLE audit_event DISABLE TRIGGER ALL", "DROP TRIGGER audit_event_no_truncate ON audit_event",
                "SET session_replication_role = replica"}) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
                    .isInstanceOf(DataAccessException.class).rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE username = 'someone-else'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void evenTheOwnerOfTheTableIsRefusedUpdatesAndDeletesByTheTrigger(
            @Autowired @FlywayDataSource DataSource owner) {
        var asOwner = JdbcClient.create(owner);
        assertThatThrownBy(() -> asOwner.sql("UPDATE audit_event SET username = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.sql("DELETE FROM audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theSecretariatSearchesTheTrailByUserActionAndSubject() {
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune cherchée");
        long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1970, 12, 24), true);
        as(Role.REFERENT, collectivite).get().uri("/api/agents/{id}/export", agent).exchange().expectStatus().isOk();
        var today = LocalDate.now().toString();

        as(Role.SECRETARIAT).get()
                .uri("/api/audit?username={u}&action=EXPORT&subjectType=AGENT&subjectId={id}&from={d}&to={d}",
                        "referent-" + collectivite, agent, today, today)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].collectiviteId").isEqualTo(collectivite)
                .jsonPath("$.hasNext").isEqualTo(false);
        as(Role.SECRETARIAT).get().uri("/api/audit?collectiviteId={c}&from=2000-01-01&to=2000-01-02", collectivite)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        as(Role.SECRETARIAT).get().uri("/admin/audit?subjectType=AGENT&subjectId={id}", agent).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("referent-" + collectivite, "EXPORT"));
        as(Role.SECRETARIAT).get().uri("/api/audit?from=yesterday").exchange().expectStatus().isBadRequest();
    }
}
