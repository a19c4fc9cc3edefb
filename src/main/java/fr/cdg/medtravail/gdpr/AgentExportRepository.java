package fr.cdg.medtravail.gdpr;

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
