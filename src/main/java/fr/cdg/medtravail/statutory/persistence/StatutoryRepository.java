package fr.cdg.medtravail.statutory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.statutory.domain.ActLine;
import fr.cdg.medtravail.statutory.domain.Deadline;
import fr.cdg.medtravail.statutory.domain.Obstacle;
import fr.cdg.medtravail.statutory.domain.QuotaVisit;
import fr.cdg.medtravail.statutory.domain.RequestStatus;
import fr.cdg.medtravail.statutory.domain.RequestToPlace;
import fr.cdg.medtravail.statutory.domain.StatutoryAppointment;
import fr.cdg.medtravail.statutory.domain.StatutoryKind;
import fr.cdg.medtravail.statutory.domain.StatutoryRequest;
import fr.cdg.medtravail.statutory.domain.VisitWeight;

/**
 * Statutory requests and act lines. Reads the directory's agent, collectivite, professional and cabinet tables in
 * joins, for the names the screens show.
 */
@Repository
public class StatutoryRepository {

    private static final String SELECT = """
            SELECT r.*, c.name AS collectivite_name, a.last_name || ' ' || a.first_name AS agent_name,
                   p.last_name || ' ' || p.first_name AS doctor_name, cab.name AS place_name
            FROM statutory_request r
            JOIN collectivite c ON c.id = r.collectivite_id
            JOIN agent a ON a.id = r.agent_id
            LEFT JOIN professional p ON p.id = r.professional_id
            LEFT JOIN cabinet cab ON cab.id = r.cabinet_id
            """;

    private final JdbcClient jdbc;

    StatutoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises planning: one solve at a time sees and writes the open requests (until the transaction ends). */
    public void lockPlanning() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('statutory-planning'))").query(Object.class).list();
    }

    public long insert(long collectiviteId, long agentId, StatutoryKind kind, boolean rpiAti, boolean writtenReport,
                       String context, Instant receivedAt, Deadline deadline, String filedBy) {
        return jdbc.sql("""
                        INSERT INTO statutory_request (collectivite_id, agent_id, kind, rpi_ati, written_report, context,
                            received_at, received_on, calendar_due_on, due_on, suspended, filed_by, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN') RETURNING id""")
                .params(collectiviteId, agentId, kind.number(), rpiAti, writtenReport, context,
                        Timestamp.from(receivedAt), deadline.receivedOn(), deadline.calendarDueOn(), deadline.dueOn(),
                        format(deadline.suspended()), filedBy)
                .query(Long.class).single();
    }

    public Optional<StatutoryRequest> findById(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(StatutoryRepository::map).optional();
    }

    /** Requests of these collectivités (all when null), nearest deadline first; {@code pendingOnly}: not yet visited. */
    public List<StatutoryRequest> find(Collection<Long> collectivites, boolean pendingOnly, int limit) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (collectivites != null) {
            where.add(collectivites.isEmpty() ? "false" : "r.collectivite_id IN (:collectivites)");
            params.put("collectivites", collectivites);
        }
        if (pendingOnly) {
            where.add("r.status IN ('OPEN', 'PROPOSED', 'CONFIRMED')");
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return jdbc.sql(SELECT + condition + " ORDER BY r.due_on, r.received_at LIMIT :limit")
                .params(params).param("limit", limit).query(StatutoryRepository::map).list();
    }

    /** A doctor's appointments of a day, in time order. */
    public List<StatutoryRequest> doctorDay(long doctorId, LocalDate day) {
        return jdbc.sql(SELECT + """
                         WHERE r.professional_id = ? AND r.starts_at >= ? AND r.starts_at < ?
                           AND r.status IN ('PROPOSED', 'CONFIRMED', 'DONE', 'ABSENT')
                         ORDER BY r.starts_at""")
                .params(doctorId, day.atStartOfDay(), day.plusDays(1).atStartOfDay())
                .query(StatutoryRepository::map).list();
    }

    public List<RequestToPlace> open() {
        return jdbc.sql("""
                        SELECT id, collectivite_id, kind, rpi_ati, received_on, due_on FROM statutory_request
                        WHERE status IN ('OPEN', 'PROPOSED') ORDER BY id""")
                .query((rs, row) -> {
                    var kind = kind(rs);
                    return new RequestToPlace(rs.getLong("id"), rs.getLong("collectivite_id"), kind.mandatory(),
                            rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                            VisitWeight.visitMinutes(kind, rs.getBoolean("rpi_ati")));
                })
                .list();
    }

    public Map<Long, StatutoryKind> openKinds() {
        var kinds = new HashMap<Long, StatutoryKind>();
        jdbc.sql("SELECT id, kind FROM statutory_request WHERE status IN ('OPEN', 'PROPOSED')")
                .query((ResultSet rs) -> {
                    kinds.put(rs.getLong("id"), kind(rs));
                });
        return kinds;
    }

    /** Confirmed appointments from {@code from} on: they stay where they are. */
    public List<StatutoryAppointment> confirmed(LocalDate from) {
        return jdbc.sql("""
                        SELECT id, professional_id, cabinet_id, starts_at, minutes FROM statutory_request
                        WHERE status = 'CONFIRMED' AND starts_at >= ? AND professional_id IS NOT NULL AND cabinet_id IS NOT NULL""")
                .param(from.atStartOfDay())
                .query((rs, row) -> new StatutoryAppointment(rs.getLong("id"), rs.getLong("professional_id"),
                        rs.getLong("cabinet_id"), rs.getObject("starts_at", LocalDateTime.class), rs.getInt("minutes")))
                .list();
    }

    public void updateDeadline(long id, Deadline deadline) {
        jdbc.sql("UPDATE statutory_request SET due_on = ?, suspended = ?, updated_at = now() WHERE id = ?")
                .params(deadline.dueOn(), format(deadline.suspended()), id).update();
    }

    /** A proposal (appointment) or, with a null appointment, the obstacle. */
    public void savePlan(long id, StatutoryAppointment appointment, Obstacle obstacle) {
        jdbc.sql("""
                        UPDATE statutory_request SET status = ?, professional_id = ?, cabinet_id = ?, starts_at = ?,
                            minutes = ?, obstacle = ?, updated_at = now()
                        WHERE id = ? AND status IN ('OPEN', 'PROPOSED')""")
                .params(appointment == null ? "OPEN" : "PROPOSED",
                        appointment == null ? null : appointment.doctorId(),
                        appointment == null ? null : appointment.cabinetId(),
                        appointment == null ? null : appointment.startsAt(),
                        appointment == null ? null : appointment.minutes(),
                        obstacle == null ? null : obstacle.name(), id)
                .update();
    }

    /** Confirms the proposals whose visit falls on {@code lastDay} or before; answers how many. */
    public int confirmProposalsUpTo(LocalDate lastDay) {
        return jdbc.sql("""
                        UPDATE statutory_request SET status = 'CONFIRMED', updated_at = now()
                        WHERE status = 'PROPOSED' AND starts_at < ?""")
                .param(lastDay.plusDays(1).atStartOfDay()).update();
    }

    public boolean changeStatus(long id, RequestStatus from, RequestStatus to, Boolean absenceAnnounced) {
        return jdbc.sql("""
                        UPDATE statutory_request SET status = ?, absence_announced = ?, updated_at = now()
                        WHERE id = ? AND status = ?""")
                .params(to.name(), absenceAnnounced, id, from.name()).update() == 1;
    }

    /** The year's visits of a collectivité (done, or absent), as the quota counts them. */
    public List<QuotaVisit> visits(long collectiviteId, int year) {
        return jdbc.sql("""
                        SELECT id, kind, rpi_ati, written_report, status, absence_announced, starts_at
                        FROM statutory_request
                        WHERE collectivite_id = ? AND status IN ('DONE', 'ABSENT') AND absence_announced IS NOT TRUE
                          AND starts_at >= ? AND starts_at < ?""")
                .params(collectiviteId, LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .query((rs, row) -> new QuotaVisit(rs.getLong("id"),
                        rs.getObject("starts_at", LocalDateTime.class).toLocalDate(), kind(rs),
                        rs.getBoolean("rpi_ati"), rs.getBoolean("written_report"), "ABSENT".equals(rs.getString("status"))))
                .list();
    }

    /** Rewrites the act lines of a collectivité's year. */
    public void replaceActLines(long collectiviteId, int year, List<ActLine> lines) {
        jdbc.sql("DELETE FROM statutory_act_line WHERE collectivite_id = ? AND year = ?").params(collectiviteId, year).update();
        for (var line : lines) {
            jdbc.sql("""
                            INSERT INTO statutory_act_line (collectivite_id, request_id, year, visited_on, kind, label, amount)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(collectiviteId, line.requestId(), year, line.visitedOn(), line.kind().number(), line.label(),
                            line.amount())
                    .update();
        }
    }

    public List<ActLine> actLines(long collectiviteId, int year) {
        return jdbc.sql("""
                        SELECT request_id, visited_on, kind, label, amount FROM statutory_act_line
                        WHERE collectivite_id = ? AND year = ? ORDER BY visited_on, request_id, id""")
                .params(collectiviteId, year)
                .query((rs, row) -> new ActLine(rs.getLong("request_id"), rs.getObject("visited_on", LocalDate.class),
                        kind(rs), rs.getString("label"), rs.getBigDecimal("amount")))
                .list();
    }

    private static StatutoryKind kind(ResultSet rs) throws SQLException {
        return StatutoryKind.ofNumber(rs.getInt("kind")).orElseThrow();
    }

    private static String format(List<Deadline.Suspension> suspended) {
        return suspended.stream().map(s -> s.day() + " " + s.reason()).collect(Collectors.joining("\n"));
    }

    private static List<Deadline.Suspension> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(line -> new Deadline.Suspension(LocalDate.parse(line.substring(0, 10)), line.substring(11)))
                .toList();
    }

    private static StatutoryRequest map(ResultSet rs, int row) throws SQLException {
        var startsAt = rs.getObject("starts_at", LocalDateTime.class);
        var appointment = startsAt == null ? null : new StatutoryAppointment(rs.getLong("id"), rs.getLong("professional_id"),
                rs.getLong("cabinet_id"), startsAt, rs.getInt("minutes"));
        var obstacle = rs.getString("obstacle");
        var deadline = new Deadline(rs.getObject("received_on", LocalDate.class),
                rs.getObject("calendar_due_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                parse(rs.getString("suspended")));
        return new StatutoryRequest(rs.getLong("id"), rs.getLong("collectivite_id"), rs.getString("collectivite_name"),
                rs.getLong("agent_id"), rs.getString("agent_name"), kind(rs), rs.getBoolean("rpi_ati"),
                rs.getBoolean("written_report"), rs.getString("context"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), deadline, rs.getString("filed_by"),
                RequestStatus.valueOf(rs.getString("status")), appointment, rs.getString("doctor_name"),
                rs.getString("place_name"), obstacle == null ? null : Obstacle.valueOf(obstacle),
                rs.getObject("absence_announced", Boolean.class));
    }
}
