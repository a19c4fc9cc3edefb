package fr.cdg.medtravail.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VisitRequestRepository {

    private static final String SELECT = """
            SELECT r.*, a.collectivite_id FROM visit_request r JOIN agent a ON a.id = r.agent_id
            """;

    private final JdbcClient jdbc;

    VisitRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(VisitRequestForm form, LocalDate filedOn, String filedBy) {
        return jdbc.sql("""
                INSERT INTO visit_request (agent_id, kind, filed_on, absence_start, return_on, motive, confidential,
                                           filed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(form.agentId(), form.kind().name(), filedOn, form.absenceStart(), form.returnOn(),
                        form.motive() == null || form.motive().isBlank() ? null : form.motive().trim(),
                        form.confidential(), filedBy)
                .query(Long.class).single();
    }

    Optional<VisitRequest> findById(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(VisitRequestRepository::map).optional();
    }

    List<VisitRequest> ofAgent(long agentId, Collection<VisitRequest.Status> statuses) {
        return jdbc.sql(SELECT + " WHERE r.agent_id = :agent AND r.status IN (:statuses) ORDER BY r.id")
                .param("agent", agentId).param("statuses", names(statuses))
                .query(VisitRequestRepository::map).list();
    }

    List<VisitRequest> ofCollectivite(long collectiviteId, Collection<VisitRequest.Status> statuses,
                                      boolean withConfidential) {
        return jdbc.sql(SELECT + """
                 WHERE a.collectivite_id = :collectivite AND r.status IN (:statuses)
                   AND (:confidential OR NOT r.confidential) ORDER BY r.id
                """).param("collectivite", collectiviteId).param("statuses", names(statuses))
                .param("confidential", withConfidential).query(VisitRequestRepository::map).list();
    }

    List<VisitRequest> withStatus(VisitRequest.Status status) {
        return jdbc.sql(SELECT + " WHERE r.status = ? ORDER BY r.id").param(status.name())
                .query(VisitRequestRepository::map).list();
    }

    /** Moves a request from one status to another; false when it was not in {@code from} any more. */
    boolean move(long id, VisitRequest.Status from, VisitRequest.Status to) {
        return jdbc.sql("UPDATE visit_request SET status = ? WHERE id = ? AND status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    private static List<String> names(Collection<VisitRequest.Status> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static VisitRequest map(ResultSet rs, int row) throws SQLException {
        return new VisitRequest(rs.getLong("id"), rs.getLong("agent_id"), rs.getLong("collectivite_id"),
                VisitKind.valueOf(rs.getString("kind")), rs.getObject("filed_on", LocalDate.class),
                rs.getObject("absence_start", LocalDate.class), rs.getObject("return_on", LocalDate.class),
                rs.getString("motive"), rs.getBoolean("confidential"),
                VisitRequest.Status.valueOf(rs.getString("status")));
    }
}
