package fr.cdg.medtravail.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Inserts into and searches the append-only audit_event table (the database refuses updates and deletes). */
@Repository
class AuditRepository {

    /** Days of the search filters are French calendar days. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(String username, String role, AuditAction action, String subjectType, String subjectId,
                Long collectiviteId, String clientIp, String userAgent, Map<String, ?> detail) {
        jdbc.sql("""
                        INSERT INTO audit_event (username, role, action, subject_type, subject_id, collectivite_id,
                                                 client_ip, user_agent, detail)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")
                .params(username, role, action.name(), subjectType, subjectId, collectiviteId, clientIp, userAgent,
                        detail == null || detail.isEmpty() ? null : json.writeValueAsString(detail))
                .update();
    }

    /** One page of matching events, newest first; one more row than asked tells whether a next page exists. */
    List<AuditEvent> search(AuditQuery query, int offset, int limit) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        filter(where, params, "username", query.username());
        filter(where, params, "action", query.action() == null ? null : query.action().name());
        filter(where, params, "subject_type", query.subjectType());
        filter(where, params, "subject_id", query.subjectId());
        filter(where, params, "collectivite_id", query.collectiviteId());
        if (query.from() != null) {
            where.add("at >= :from");
            params.put("from", query.from().atStartOfDay(PARIS).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.add("at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
        }
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM audit_event"
                        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY at DESC, id DESC OFFSET :offset LIMIT :limit")
                .params(params)
                .query(this::event).list();
    }

    Optional<Long> collectiviteOfAgent(long agentId) {
        return jdbc.sql("SELECT collectivite_id FROM agent WHERE id = ?").param(agentId).query(Long.class).optional();
    }

    private static void filter(List<String> where, Map<String, Object> params, String column, Object value) {
        if (value != null && !value.toString().isBlank()) {
            where.add(column + " = :" + column);
            params.put(column, value);
        }
    }

    private AuditEvent event(ResultSet rs, int row) throws SQLException {
        var detail = rs.getString("detail");
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
                rs.getString("role"), AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getObject("collectivite_id", Long.class), rs.getString("client_ip"),
                rs.getString("user_agent"), detail == null ? null : json.readValue(detail, DETAIL));
    }
}
