package fr.cdg.medtravail.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.visits.VisitKind;

/**
 * Booking's reads of other modules' tables (published sessions and their reserves from planning, professionals,
 * cabinets, agents' names from the directory, travel times), its reserves, waitlist and notification outbox.
 */
@Repository
class BookingRepository {

    private static final String SESSION = """
            SELECT s.id, s.session_date, s.half_day, s.cabinet_id, c.name AS cabinet_name, s.professional_id,
                   p.kind AS professional_kind, s.capacity_minutes, h.opens_at, h.closes_at
            FROM planning_session s JOIN professional p ON p.id = s.professional_id JOIN cabinet c ON c.id = s.cabinet_id
            LEFT JOIN cabinet_hours h ON h.cabinet_id = s.cabinet_id AND h.half_day = s.half_day
            WHERE s.status = 'PUBLISHED'
            """;
    private static final String MINUTES = "coalesce(sum(extract(epoch FROM ends_at - starts_at) / 60), 0)::int";

    private final JdbcClient jdbc;
    private final BookingSettings settings;
    private final JsonMapper json;

    BookingRepository(JdbcClient jdbc, BookingSettings settings, JsonMapper json) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.json = json;
    }

    Optional<BookableSession> session(long id) {
        return jdbc.sql(SESSION + " AND s.id = ?").param(id).query(this::mapSession).optional();
    }

    /**
     * The session's change counter ({@code planning_session.sequence}, bumped by a trigger on every change): read
     * before a change is written, it tells that change from the next ones in a notice's dedup key.
     */
    int sessionSequence(long id) {
        return jdbc.sql("SELECT sequence FROM planning_session WHERE id = ?").param(id).query(Integer.class).single();
    }

    String cabinetName(long id) {
        return jdbc.sql("SELECT name FROM cabinet WHERE id = ?").param(id).query(String.class).single();
    }

    /**
     * Published sessions between two days that reserve minutes for the collectivité or whose cabinet is within
     * {@code reachMinutes} of it (their pool may hold minutes), in time order.
     */
    List<BookableSession> sessionsFor(long collectiviteId, LocalDate from, LocalDate to, int reachMinutes) {
        return jdbc.sql(SESSION + """
                 AND s.session_date BETWEEN :from AND :to
                 AND (EXISTS (SELECT 1 FROM planning_session_collectivite r
                              WHERE r.session_id = s.id AND r.collectivite_id = :collectivite)
                      OR EXISTS (SELECT 1 FROM travel_time t WHERE t.collectivite_id = :collectivite
                                 AND t.cabinet_id = s.cabinet_id AND t.minutes <= :reach))
                ORDER BY s.session_date, s.half_day, s.id
                """).param("from", from).param("to", to).param("collectivite", collectiviteId)
                .param("reach", reachMinutes).query(this::mapSession).list();
    }

    void setHours(long cabinetId, Half half, OpeningHours hours) {
        jdbc.sql("""
                INSERT INTO cabinet_hours (cabinet_id, half_day, opens_at, closes_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (cabinet_id, half_day) DO UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at
                """).params(cabinetId, half.name(), hours.opens(), hours.closes()).update();
    }

    ReserveLedger ledger(long sessionId, long collectiviteId) {
        return jdbc.sql("""
                SELECT s.capacity_minutes,
                  (SELECT coalesce(sum(minutes), 0) FROM planning_session_collectivite WHERE session_id = s.id),
                  (SELECT coalesce(sum(minutes), 0) FROM planning_session_collectivite
                   WHERE session_id = s.id AND collectivite_id = :collectivite),
                  (SELECT coalesce(sum(minutes), 0) FROM reserve_release
                   WHERE session_id = s.id AND collectivite_id = :collectivite),
                  (SELECT coalesce(sum(minutes), 0) FROM reserve_release WHERE session_id = s.id AND early),
                  (SELECT %1$s FROM appointment WHERE session_id = s.id AND collectivite_id = :collectivite
                   AND reserve = 'RESERVED' AND status IN ('BOOKED', 'HELD')),
                  (SELECT %1$s FROM appointment WHERE session_id = s.id AND reserve = 'POOL'
                   AND status IN ('BOOKED', 'HELD'))
                FROM planning_session s WHERE s.id = :session
                """.formatted(MINUTES)).param("session", sessionId).param("collectivite", collectiviteId)
                .query((rs, i) -> new ReserveLedger(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7)))
                .single();
    }

    boolean withinReach(long collectiviteId, long cabinetId, int minutes) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM travel_time WHERE collectivite_id = ? AND cabinet_id = ? AND minutes <= ?)")
                .params(collectiviteId, cabinetId, minutes).query(Boolean.class).single();
    }

    /** Collectivités other than {@code except} within {@code minutes} of the cabinet. */
    List<Long> collectivitesWithinReach(long cabinetId, int minutes, long except) {
        return jdbc.sql("SELECT collectivite_id FROM travel_time WHERE cabinet_id = ? AND minutes <= ? AND collectivite_id <> ? ORDER BY collectivite_id")
                .params(cabinetId, minutes, except).query(Long.class).list();
    }

    void release(long sessionId, long collectiviteId, int minutes, boolean early, String by) {
        jdbc.sql("""
                INSERT INTO reserve_release (session_id, collectivite_id, minutes, early, released_by)
                VALUES (?, ?, ?, ?, ?)
                """).params(sessionId, collectiviteId, minutes, early, by).update();
    }

    void addToWaitlist(long agentId, long collectiviteId, VisitKind kind) {
        jdbc.sql("""
                INSERT INTO waitlist_entry (agent_id, collectivite_id, visit_kind) VALUES (?, ?, ?)
                ON CONFLICT (agent_id, visit_kind) DO NOTHING
                """).params(agentId, collectiviteId, kind.name()).update();
    }

    record Waiting(long agentId, long collectiviteId, VisitKind kind) {
    }

    /** The waitlist of some collectivités, first come first. */
    List<Waiting> waitlist(Collection<Long> collectiviteIds) {
        if (collectiviteIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT agent_id, collectivite_id, visit_kind FROM waitlist_entry WHERE collectivite_id IN (:ids) ORDER BY created_at, id")
                .param("ids", collectiviteIds)
                .query((rs, i) -> new Waiting(rs.getLong(1), rs.getLong(2), VisitKind.valueOf(rs.getString(3)))).list();
    }

    void leaveWaitlist(long agentId, VisitKind kind) {
        jdbc.sql("DELETE FROM waitlist_entry WHERE agent_id = ? AND visit_kind = ?").params(agentId, kind.name()).update();
    }

    /** Adds a message to the outbox; a {@code dedupKey} already written is not written again. */
    void notify(String recipient, Long collectiviteId, Long agentId, NotificationKind kind, Map<String, ?> payload,
                String dedupKey) {
        jdbc.sql("""
                INSERT INTO notification (recipient, collectivite_id, agent_id, kind, payload, dedup_key)
                VALUES (?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (dedup_key) DO NOTHING
                """).params(recipient, collectiviteId, agentId, kind.name(), json.writeValueAsString(payload), dedupKey)
                .update();
    }

    record EmptyReserve(long sessionId, LocalDate date, Half half, long cabinetId, long collectiviteId, int minutes) {
    }

    /** Reserves of sessions between two days on which the collectivité has booked nothing and not given all back. */
    List<EmptyReserve> emptyReserves(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT s.id, s.session_date, s.half_day, s.cabinet_id, r.collectivite_id, r.minutes
                FROM planning_session s JOIN planning_session_collectivite r ON r.session_id = s.id
                WHERE s.status = 'PUBLISHED' AND s.session_date BETWEEN ? AND ?
                  AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.session_id = s.id
                                  AND a.collectivite_id = r.collectivite_id AND a.status IN ('BOOKED', 'HELD'))
                  AND r.minutes > (SELECT coalesce(sum(minutes), 0) FROM reserve_release x
                                   WHERE x.session_id = s.id AND x.collectivite_id = r.collectivite_id)
                ORDER BY s.session_date, s.id, r.collectivite_id
                """).params(from, to).query((rs, i) -> new EmptyReserve(rs.getLong(1),
                        rs.getObject(2, LocalDate.class), Half.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                        rs.getInt(6))).list();
    }

    List<SessionFillRate> fillRates(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT s.id, s.session_date, s.half_day, s.cabinet_id, s.professional_id, s.capacity_minutes,
                  (SELECT coalesce(sum(minutes), 0) FROM planning_session_collectivite r WHERE r.session_id = s.id),
                  (SELECT %1$s FROM appointment a WHERE a.session_id = s.id AND a.status IN ('BOOKED', 'HELD')),
                  (SELECT count(*) FROM appointment a WHERE a.session_id = s.id AND a.status = 'HELD'),
                  (SELECT count(*) FROM appointment a WHERE a.session_id = s.id AND a.status = 'ABSENT_UNJUSTIFIED'),
                  (SELECT coalesce(sum(minutes), 0) FROM reserve_release x WHERE x.session_id = s.id AND NOT x.early),
                  (SELECT coalesce(sum(greatest(0, r.minutes
                      - (SELECT coalesce(sum(x.minutes), 0) FROM reserve_release x
                         WHERE x.session_id = s.id AND x.collectivite_id = r.collectivite_id)
                      - (SELECT %1$s FROM appointment a WHERE a.session_id = s.id
                         AND a.collectivite_id = r.collectivite_id AND a.reserve = 'RESERVED'
                         AND a.status IN ('BOOKED', 'HELD')))), 0)::int
                   FROM planning_session_collectivite r WHERE r.session_id = s.id)
                FROM planning_session s
                WHERE s.status = 'PUBLISHED' AND s.session_date BETWEEN ? AND ?
                ORDER BY s.session_date, s.half_day, s.id
                """.formatted(MINUTES)).params(from, to)
                .query((rs, i) -> new SessionFillRate(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        Half.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)))
                .list();
    }

    record AgentName(long id, String lastName, String firstName) {
    }

    Map<Long, AgentName> agentNames(Collection<Long> agentIds) {
        var names = new HashMap<Long, AgentName>();
        if (agentIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, last_name, first_name FROM agent WHERE id IN (:ids)").param("ids", agentIds)
                .query((RowCallbackHandler) rs -> {
                    names.put(rs.getLong(1), new AgentName(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
        return names;
    }

    private BookableSession mapSession(ResultSet rs, int row) throws SQLException {
        var half = Half.valueOf(rs.getString("half_day"));
        var opens = rs.getObject("opens_at", LocalTime.class);
        var hours = opens == null ? settings.hours(half)
                : new OpeningHours(opens, rs.getObject("closes_at", LocalTime.class));
        var date = rs.getObject("session_date", LocalDate.class);
        int capacity = rs.getInt("capacity_minutes");
        return new BookableSession(rs.getLong("id"), date, half, rs.getLong("cabinet_id"),
                rs.getString("cabinet_name"), rs.getLong("professional_id"),
                ProfessionalKind.valueOf(rs.getString("professional_kind")), capacity,
                SessionHours.of(date, hours, capacity));
    }
}
