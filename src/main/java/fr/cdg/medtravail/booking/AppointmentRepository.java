package fr.cdg.medtravail.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.visits.VisitKind;
import fr.cdg.medtravail.web.ConflictException;

@Repository
class AppointmentRepository {

    private static final String OCCUPYING = "status IN ('BOOKED', 'HELD')";

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the bookings of one session until the transaction ends, so that its reserves are counted right;
     * overlaps are the exclusion constraints' business whatever the lock.
     */
    void lockSession(long sessionId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('medtravail.booking'), (? % 2147483647)::int)")
                .param(sessionId).query().singleRow();
    }

    record NewAppointment(long sessionId, long collectiviteId, long agentId, VisitKind visitKind, Long requestId,
                          String dueKey, boolean confidential, TimeRange time, ReserveSource reserve,
                          String bookedBy, String idempotencyKey) {
    }

    /**
     * Inserts a booked appointment and the first line of its history, in one statement that answers the stored row;
     * a lost race on the time, the agent or the due visit is a 409.
     */
    Appointment insert(NewAppointment a, String note) {
        try {
            return jdbc.sql("""
                    WITH booked AS (
                        INSERT INTO appointment (session_id, collectivite_id, agent_id, visit_kind, request_id, due_key,
                                                 confidential, starts_at, ends_at, reserve, booked_by, idempotency_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *),
                    logged AS (
                        INSERT INTO appointment_change (appointment_id, to_status, changed_by, note)
                        SELECT id, 'BOOKED', booked_by, ? FROM booked)
                    SELECT * FROM booked
                    """).params(a.sessionId(), a.collectiviteId(), a.agentId(), a.visitKind().name(), a.requestId(),
                            a.dueKey(), a.confidential(), a.time().start(), a.time().end(), a.reserve().name(),
                            a.bookedBy(), a.idempotencyKey(), note)
                    .query(AppointmentRepository::map).single();
        } catch (DataIntegrityViolationException e) {
            throw conflict(e);
        }
    }

    Optional<Appointment> findById(long id) {
        return jdbc.sql("SELECT * FROM appointment WHERE id = ?").param(id).query(AppointmentRepository::map)
                .optional();
    }

    Optional<Appointment> byIdempotencyKey(String bookedBy, String key) {
        return jdbc.sql("SELECT * FROM appointment WHERE booked_by = ? AND idempotency_key = ?")
                .params(bookedBy, key).query(AppointmentRepository::map).optional();
    }

    /** What keeps an agent from a time of a session, read in one statement. */
    enum Clash { NONE, DUE_VISIT_BOOKED, TIME_TAKEN }

    /** An upcoming appointment of the agent for the same due visit comes first, then the time occupied. */
    Clash clash(long agentId, String dueKey, long sessionId, TimeRange time) {
        return jdbc.sql("""
                SELECT CASE
                  WHEN EXISTS (SELECT 1 FROM appointment WHERE agent_id = ? AND due_key = ? AND status = 'BOOKED')
                    THEN 'DUE_VISIT_BOOKED'
                  WHEN EXISTS (SELECT 1 FROM appointment WHERE session_id = ? AND %s
                               AND tsrange(starts_at, ends_at) && tsrange(?, ?))
                    THEN 'TIME_TAKEN'
                  ELSE 'NONE' END
                """.formatted(OCCUPYING)).params(agentId, dueKey, sessionId, time.start(), time.end())
                .query((rs, row) -> Clash.valueOf(rs.getString(1))).single();
    }

    /** The occupied time of a session that overlaps {@code time}, if any. */
    boolean timeTaken(long sessionId, TimeRange time) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM appointment WHERE session_id = ? AND " + OCCUPYING
                        + " AND tsrange(starts_at, ends_at) && tsrange(?, ?))")
                .params(sessionId, time.start(), time.end()).query(Boolean.class).single();
    }

    /** agent id and due key of the collectivité's upcoming appointments. */
    List<String> upcomingDueVisits(long collectiviteId) {
        return jdbc.sql("SELECT agent_id || ' ' || due_key FROM appointment WHERE collectivite_id = ? AND status = 'BOOKED'")
                .param(collectiviteId).query(String.class).list();
    }

    List<Appointment> ofSession(long sessionId) {
        return jdbc.sql("SELECT * FROM appointment WHERE session_id = ? ORDER BY starts_at, id").param(sessionId)
                .query(AppointmentRepository::map).list();
    }

    List<Appointment> withStatus(AppointmentStatus status) {
        return jdbc.sql("SELECT * FROM appointment WHERE status = ? ORDER BY starts_at, id").param(status.name())
                .query(AppointmentRepository::map).list();
    }

    /** A professional's day; appointments of a withdrawn session waiting for the secretariat are not theirs. */
    List<Appointment> ofProfessional(long professionalId, LocalDate day) {
        return jdbc.sql("""
                SELECT a.* FROM appointment a JOIN planning_session s ON s.id = a.session_id
                WHERE s.professional_id = ? AND a.starts_at::date = ? AND a.status <> 'TO_REPLAN'
                ORDER BY a.starts_at, a.id
                """).params(professionalId, day).query(AppointmentRepository::map).list();
    }

    /** Sessions among {@code sessionIds} holding a booked appointment. */
    List<Long> sessionsWithUpcoming(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT session_id FROM appointment WHERE session_id IN (:ids) AND status = 'BOOKED'")
                .param("ids", sessionIds).query(Long.class).list();
    }

    /**
     * Moves an appointment to a status if it is still at {@code version}, recording who and when; false when another
     * change came first.
     */
    boolean move(Appointment from, AppointmentStatus to, String note, String certificateNote, String by) {
        int updated;
        try {
            updated = jdbc.sql("""
                    UPDATE appointment SET status = ?, certificate_note = coalesce(?, certificate_note),
                                           version = version + 1
                    WHERE id = ? AND version = ?
                    """).params(to.name(), certificateNote, from.id(), from.version()).update();
        } catch (DataIntegrityViolationException e) {
            throw conflict(e);
        }
        if (updated == 1) {
            logChange(from.id(), from.status(), to, by, note);
        }
        return updated == 1;
    }

    void logChange(long appointmentId, AppointmentStatus from, AppointmentStatus to, String by, String note) {
        jdbc.sql("""
                INSERT INTO appointment_change (appointment_id, from_status, to_status, changed_by, note)
                VALUES (?, ?, ?, ?, ?)
                """).params(appointmentId, from == null ? null : from.name(), to.name(), by, note).update();
    }

    /**
     * A late cancellation whose time another agent took is no longer billed: the late-cancelled appointments
     * overlapping {@code time} become replaced by {@code replacement}.
     */
    void replaceLateCancellations(long sessionId, TimeRange time, long replacement, String by) {
        var ids = jdbc.sql("""
                UPDATE appointment SET status = 'REPLACED', replaced_by = ?, version = version + 1
                WHERE session_id = ? AND status = 'ABSENT_UNJUSTIFIED' AND tsrange(starts_at, ends_at) && tsrange(?, ?)
                RETURNING id
                """).params(replacement, sessionId, time.start(), time.end()).query(Long.class).list();
        for (var id : ids) {
            logChange(id, AppointmentStatus.ABSENT_UNJUSTIFIED, AppointmentStatus.REPLACED, by,
                    "time given to appointment " + replacement);
        }
    }

    void setReplacedBy(long id, long replacement) {
        jdbc.sql("UPDATE appointment SET replaced_by = ? WHERE id = ?").params(replacement, id).update();
    }

    List<AppointmentChange> changes(long appointmentId) {
        return jdbc.sql("SELECT * FROM appointment_change WHERE appointment_id = ? ORDER BY id").param(appointmentId)
                .query((rs, i) -> new AppointmentChange(
                        rs.getString("from_status") == null ? null : AppointmentStatus.valueOf(rs.getString("from_status")),
                        AppointmentStatus.valueOf(rs.getString("to_status")), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("note")))
                .list();
    }

    private static ConflictException conflict(DataIntegrityViolationException e) {
        var constraint = e.getMostSpecificCause() instanceof PSQLException psql && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getConstraint() : null;
        if (constraint == null) {
            throw e;
        }
        return new ConflictException(switch (constraint) {
            case "appointment_session_time_excl" -> "This time of the session was just taken: choose another time";
            case "appointment_agent_time_excl" -> "The agent already has an appointment at that time";
            case "appointment_due_visit_idx" -> "The agent already has an upcoming appointment for this visit";
            case "appointment_idempotency_idx" -> "This Idempotency-Key was already used for another appointment";
            default -> throw e;
        });
    }

    static Appointment map(ResultSet rs, int row) throws SQLException {
        return new Appointment(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("collectivite_id"),
                rs.getLong("agent_id"), VisitKind.valueOf(rs.getString("visit_kind")),
                (Long) rs.getObject("request_id", Long.class), rs.getBoolean("confidential"),
                rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class),
                AppointmentStatus.valueOf(rs.getString("status")), ReserveSource.valueOf(rs.getString("reserve")),
                rs.getString("booked_by"), rs.getTimestamp("booked_at").toInstant(), rs.getString("certificate_note"),
                rs.getInt("version"));
    }
}
