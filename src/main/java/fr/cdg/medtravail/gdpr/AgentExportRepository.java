package fr.cdg.medtravail.gdpr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything stored about one agent, read column by column by PostgreSQL itself ({@code row_to_json}), so that a
 * column added later is exported without a change here.
 */
@Repository
class AgentExportRepository {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgentExportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Map<String, Object>> agent(long id) {
        return jdbc.sql("SELECT row_to_json(a)::text FROM agent a WHERE a.id = ?").param(id)
                .query(String.class).optional().map(this::object);
    }

    Map<String, Object> collectivite(long id) {
        return jdbc.sql("SELECT json_build_object('id', id, 'name', name, 'siren', siren)::text FROM collectivite WHERE id = ?")
                .param(id).query(String.class).optional().map(this::object).orElseThrow();
    }

    /**
     * The agent's visit requests, appointments (each with its history) and statutory requests. Without
     * {@code confidential}, the visits the agent asked for in confidence are left out: the employer is never told.
     * Like the access history, the rows name no staff member's account (who filed, booked or changed them).
     */
    Map<String, List<Map<String, Object>>> visits(long agentId, boolean confidential) {
        var agent = Map.of("agent", agentId);
        var agentAndConfidential = Map.of("agent", agentId, "confidential", confidential);
        var visits = new LinkedHashMap<String, List<Map<String, Object>>>();
        visits.put("visitRequests", rows("""
                SELECT (to_jsonb(r) - 'filed_by')::text FROM visit_request r
                WHERE r.agent_id = :agent AND (:confidential OR NOT r.confidential) ORDER BY r.filed_at, r.id""",
                agentAndConfidential));
        visits.put("appointments", rows("""
                SELECT (to_jsonb(a) - 'booked_by' - 'idempotency_key' || jsonb_build_object('changes', (
                          SELECT coalesce(jsonb_agg(to_jsonb(c) - 'appointment_id' - 'changed_by' ORDER BY c.id), '[]')
                          FROM appointment_change c WHERE c.appointment_id = a.id)))::text
                FROM appointment a
                WHERE a.agent_id = :agent AND (:confidential OR NOT a.confidential) ORDER BY a.starts_at, a.id""",
                agentAndConfidential));
        visits.put("statutoryRequests", rows("""
                SELECT (to_jsonb(s) - 'filed_by')::text FROM statutory_request s
                WHERE s.agent_id = :agent ORDER BY s.received_at, s.id""", agent));
        return visits;
    }

    private List<Map<String, Object>> rows(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(String.class).list().stream().map(this::object).toList();
    }

    /** Who (by role) read, changed or exported the agent's record, and when. */
    List<Map<String, Object>> history(long id) {
        return jdbc.sql("""
                        SELECT json_build_object('at', at, 'action', action, 'role', role)::text
                        FROM audit_event WHERE subject_type = 'AGENT' AND subject_id = ? ORDER BY at, id""")
                .param(Long.toString(id)).query(String.class).list().stream().map(this::object).toList();
    }

    private Map<String, Object> object(String text) {
        return json.readValue(text, OBJECT);
    }
}
