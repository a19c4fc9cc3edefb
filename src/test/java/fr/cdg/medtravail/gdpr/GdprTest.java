package fr.cdg.medtravail.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Test;

class GdprTest extends IntegrationTest {

    @Test
    void retentionDeletesExactlyTheAgentsOfCollectivitesWhoseMembershipEndedLongerAgoThanThePeriod() {
        var today = LocalDate.now();
        long ended4Months = PersonalDataRows.collectivite(jdbc, "Fin il y a 4 mois");
        PersonalDataRows.membership(jdbc, ended4Months, today.minusMonths(4));
        PersonalDataRows.agent(jdbc, ended4Months, LocalDate.of(1960, 1, 1), true);
        PersonalDataRows.agent(jdbc, ended4Months, LocalDate.of(1990, 1, 1), false);
        long ended2Months = PersonalDataRows.collectivite(jdbc, "Fin il y a 2 mois");
        PersonalDataRows.membership(jdbc, ended2Months, today.minusMonths(2));
        PersonalDataRows.agent(jdbc, ended2Months, LocalDate.of(1980, 1, 1), false);
        long active = PersonalDataRows.collectivite(jdbc, "Adhérente");
        PersonalDataRows.membership(jdbc, active, null);
        PersonalDataRows.agent(jdbc, active, LocalDate.of(1980, 1, 1), false);
        long oneServiceLeft = PersonalDataRows.collectivite(jdbc, "Un service encore");
        PersonalDataRows.membership(jdbc, oneServiceLeft, today.minusMonths(6));
        jdbc.sql("""
                INSERT INTO membership (collectivite_id, service, start_date, tariff_category)
                VALUES (?, 'STATUTORY', DATE '2021-01-01', 'AFFILIATED')""").param(oneServiceLeft).update();
        PersonalDataRows.agent(jdbc, oneServiceLeft, LocalDate.of(1980, 1, 1), false);
        var ours = List.of(ended4Months, ended2Months, active, oneServiceLeft);

        var admin = as(Role.ADMIN);
        var dryRun = admin.post().uri("/api/gdpr/retention/run?dryRun=true").exchange()
                .expectStatus().isOk().expectBody(RetentionReport.class).returnResult().getResponseBody();
        assertThat(concerned(dryRun, ours)).containsExactly(Map.entry(ended4Months, 2));
        assertThat(agents(ended4Months)).isEqualTo(2);

        var report = admin.post().uri("/api/gdpr/retention/run").exchange()
                .expectStatus().isOk().expectBody(RetentionReport.class).returnResult().getResponseBody();

        assertThat(report.dryRun()).isFalse();
        assertThat(concerned(report, ours)).containsExactly(Map.entry(ended4Months, 2));
        assertThat(agents(ended4Months)).isZero();
        assertThat(agents(ended2Months)).isEqualTo(1);
        assertThat(agents(active)).isEqualTo(1);
        assertThat(agents(oneServiceLeft)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT referent_name IS NULL AND referent_email IS NULL AND referent_phone IS NULL "
                + "FROM collectivite WHERE id = ?").param(ended4Months).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT referent_name FROM collectivite WHERE id = ?").param(ended2Months)
                .query(String.class).single()).isEqualTo("Claire Martin");

        // Anonymous statistics remain; the report is stored; the deletion is in the audit trail.
        var statistics = jdbc.sql("""
                        SELECT age_band || ' smp=' || smp || ' n=' || agents FROM agent_statistics
                        WHERE collectivite_id = ? AND year = ? ORDER BY age_band""")
                .params(ended4Months, today.minusMonths(4).getYear()).query(String.class).list();
        assertThat(statistics).containsExactly("30-39 smp=false n=1", "60+ smp=true n=1");
        assertThat(jdbc.sql("SELECT agents_deleted FROM retention_report WHERE id = ?").param(report.id())
                .query(Integer.class).single()).isEqualTo(report.agentsDeleted());
        assertThat(jdbc.sql("""
                        SELECT detail->>'agentsDeleted' FROM audit_event
                        WHERE action = 'RETENTION_DELETE' AND collectivite_id = ? AND username = 'admin'""")
                .param(ended4Months).query(String.class).single()).isEqualTo("2");
        admin.get().uri("/api/gdpr/retention/reports").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id == %s)].dryRun".formatted(report.id()))
                .isEqualTo(List.of(false));

        // Nothing left to delete the next time.
        var again = admin.post().uri("/api/gdpr/retention/run").exchange()
                .expectStatus().isOk().expectBody(RetentionReport.class).returnResult().getResponseBody();
        assertThat(concerned(again, ours)).isEmpty();
    }

    @Test
    void anAgentsDataIsExportedWithItsAccessHistory() {
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune exportée");
        long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1980, 5, 17), true);
        as(Role.REFERENT, collectivite).get().uri("/api/agents/{id}/export", agent).exchange().expectStatus().isOk();

        as(Role.SECRETARIAT).get().uri("/api/agents/{id}/export", agent).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.agent.id").isEqualTo(agent)
                .jsonPath("$.agent.last_name").isEqualTo("Durand")
                .jsonPath("$.agent.birth_date").isEqualTo("1980-05-17")
                .jsonPath("$.agent.smp").isEqualTo(true)
                .jsonPath("$.collectivite.name").isEqualTo("Commune exportée")
                .jsonPath("$.history[0].action").isEqualTo("EXPORT")
                .jsonPath("$.history[0].role").isEqualTo("REFERENT")
                .jsonPath("$.history[0].username").doesNotExist();
    }

    @Test
    void theExportHoldsTheAgentsVisitsAndHidesConfidentialOnesFromTheReferent() {
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune des visites");
        long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1975, 2, 3), false);
        jdbc.sql("""
                INSERT INTO visit_request (agent_id, kind, filed_on, confidential, motive, filed_by)
                VALUES (:agent, 'AGENT_REQUEST', DATE '2026-03-02', true, NULL, 'secretariat-user'),
                       (:agent, 'EMPLOYER_REQUEST', DATE '2026-03-03', false, 'Conflit d''équipe', 'referent-user')
                """).param("agent", agent).update();
        jdbc.sql("""
                INSERT INTO statutory_request (collectivite_id, agent_id, kind, received_at, received_on,
                                               calendar_due_on, due_on, filed_by, status)
                VALUES (?, ?, 1, TIMESTAMPTZ '2026-03-02 10:00+01', DATE '2026-03-02', DATE '2026-03-09',
                        DATE '2026-03-09', 'referent-user', 'OPEN')
                """).params(collectivite, agent).update();

        as(Role.SECRETARIAT).get().uri("/api/agents/{id}/export", agent).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.visitRequests.length()").isEqualTo(2)
                .jsonPath("$.visitRequests[0].confidential").isEqualTo(true)
                .jsonPath("$.visitRequests[0].filed_by").doesNotExist()
                .jsonPath("$.appointments").isEmpty()
                .jsonPath("$.statutoryRequests[0].kind").isEqualTo(1)
                .jsonPath("$.statutoryRequests[0].due_on").isEqualTo("2026-03-09");
        as(Role.REFERENT, collectivite).get().uri("/api/agents/{id}/export", agent).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.visitRequests.length()").isEqualTo(1)
                .jsonPath("$.visitRequests[0].kind").isEqualTo("EMPLOYER_REQUEST")
                .jsonPath("$.visitRequests[0].motive").isEqualTo("Conflit d'équipe");
    }

    private static Map<Long, Integer> concerned(RetentionReport report, List<Long> ours) {
        var concerned = new java.util.LinkedHashMap<Long, Integer>();
        report.collectivites().stream().filter(c -> ours.contains(c.collectiviteId()))
                .forEach(c -> concerned.put(c.collectiviteId(), c.agentsDeleted()));
        return concerned;
    }

    private int agents(long collectiviteId) {
        return jdbc.sql("SELECT count(*) FROM agent WHERE collectivite_id = ?").param(collectiviteId)
                .query(Integer.class).single();
    }
}
