package fr.cdg.medtravail.gdpr;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class RetentionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RetentionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Serialises concurrent runs (several instances): the second one then finds nothing left to delete. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('medtravail.retention'))").query().singleRow();
    }

    /**
     * Collectivités whose memberships have all ended, the last one on or before the given day, and which still hold
     * personal data (agents or a référent's contact details). A collectivité that never had a membership is not
     * concerned: its data was never kept under a membership.
     */
    List<RetentionReport.ErasedCollectivite> expired(LocalDate endedBefore) {
        return jdbc.sql("""
                        SELECT c.id, c.name, max(m.end_date) AS ended_on,
                               (SELECT count(*) FROM agent a WHERE a.collectivite_id = c.id) AS agents,
                               (c.referent_name IS NOT NULL OR c.referent_email IS NOT NULL
                                   OR c.referent_phone IS NOT NULL) AS referent_contact
                        FROM collectivite c JOIN membership m ON m.collectivite_id = c.id
                        GROUP BY c.id
                        HAVING bool_and(m.end_date IS NOT NULL) AND max(m.end_date) <= :endedBefore
                        ORDER BY c.id""")
                .param("endedBefore", endedBefore)
                .query((rs, row) -> new RetentionReport.ErasedCollectivite(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("ended_on", LocalDate.class), rs.getInt("agents"),
                        rs.getBoolean("referent_contact")))
                .list().stream()
                .filter(c -> c.agentsDeleted() > 0 || c.referentContactCleared())
                .toList();
    }

    /** Anonymous counts of the agents, by kind of post, SMP and age band at the end of the membership. */
    void keepStatistics(long collectiviteId, LocalDate endedOn) {
        jdbc.sql("""
                        INSERT INTO agent_statistics (collectivite_id, year, administrative_post, smp, age_band, agents)
                        SELECT collectivite_id, :year, administrative_post, smp,
                               CASE WHEN age < 30 THEN '<30' WHEN age < 40 THEN '30-39' WHEN age < 50 THEN '40-49'
                                    WHEN age < 60 THEN '50-59' ELSE '60+' END,
                               count(*)
                        FROM (SELECT a.*, extract(YEAR FROM age(:endedOn, a.birth_date)) AS age
                              FROM agent a WHERE a.collectivite_id = :id) aged
                        GROUP BY 1, 3, 4, 5
                        ON CONFLICT (collectivite_id, year, administrative_post, smp, age_band)
                        DO UPDATE SET agents = agent_statistics.agents + EXCLUDED.agents, recorded_at = now()""")
                .param("year", endedOn.getYear())
                .param("endedOn", endedOn)
                .param("id", collectiviteId)
                .update();
    }

    RetentionReport insertReport(boolean dryRun, LocalDate endedBefore, String triggeredBy,
                                 List<RetentionReport.ErasedCollectivite> collectivites) {
        int agents = collectivites.stream().mapToInt(RetentionReport.ErasedCollectivite::agentsDeleted).sum();
        return jdbc.sql("""
                        INSERT INTO retention_report (dry_run, ended_before, triggered_by, agents_deleted, collectivites)
                        VALUES (?, ?, ?, ?, CAST(? AS jsonb)) RETURNING id, run_at""")
                .params(dryRun, endedBefore, triggeredBy, agents, json.writeValueAsString(collectivites))
                .query((rs, row) -> new RetentionReport(rs.getLong("id"), rs.getTimestamp("run_at").toInstant(),
                        dryRun, endedBefore, triggeredBy, agents, collectivites))
                .single();
    }

    List<RetentionReport> recentReports(int limit) {
        return jdbc.sql("SELECT * FROM retention_report ORDER BY run_at DESC, id DESC LIMIT ?").param(limit)
                .query((rs, row) -> new RetentionReport(rs.getLong("id"), rs.getTimestamp("run_at").toInstant(),
                        rs.getBoolean("dry_run"), rs.getObject("ended_before", LocalDate.class),
                        rs.getString("triggered_by"), rs.getInt("agents_deleted"),
                        List.of(json.readValue(rs.getString("collectivites"), RetentionReport.ErasedCollectivite[].class))))
                .list();
    }
}
