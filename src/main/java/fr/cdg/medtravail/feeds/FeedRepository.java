package fr.cdg.medtravail.feeds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.booking.BookingSettings;
import fr.cdg.medtravail.booking.OpeningHours;
import fr.cdg.medtravail.booking.SessionHours;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.visits.VisitKind;

/**
 * The feeds' own table, and their one read of the items of a feed across planning ({@code planning_session},
 * {@code planning_demand_unit}), booking ({@code appointment}, {@code cabinet_hours}), statutory
 * ({@code statutory_request}), the directory (names and places) and security (the owner's account and bindings):
 * read only, listed in docs/architecture.md.
 */
@Repository
class FeedRepository {

    /** The feed a token opens, with whether its owner may still see what it shows. */
    record Subscription(long id, long ownerId, FeedScope scope, long targetId, FeedPrivacy privacy, byte[] tokenHash,
                        boolean entitled, Instant createdAt, long clock) {
    }

    /** What changes whenever the feed's content does: the latest change and the number of items. */
    record Validator(Instant lastModified, int count) {
    }

    private static final String FEED = """
            SELECT f.id, f.owner_id, f.scope, coalesce(f.professional_id, f.cabinet_id, f.collectivite_id) AS target_id,
                   f.privacy, f.created_at, f.rotated_at,
                   coalesce(p.first_name || ' ' || p.last_name, c.name, k.name) AS target_name
            FROM feed f LEFT JOIN professional p ON p.id = f.professional_id LEFT JOIN cabinet c ON c.id = f.cabinet_id
            LEFT JOIN collectivite k ON k.id = f.collectivite_id
            """;

    /**
     * The order of a feed's items (day, time, kind, id), sorted here: sorted by the database, 4,600 rows of the width
     * the query reads added a fifth to its time. As the query's ORDER BY did: sessions (no start time in the query)
     * after the day's timed items, kinds by name.
     */
    private static final Comparator<FeedEntry> ORDER = Comparator
            .comparing((FeedEntry entry) -> entry.start().toLocalDate())
            .thenComparing(entry -> entry.kind() == FeedItemKind.SESSION ? LocalDateTime.MAX : entry.start())
            .thenComparing(entry -> entry.kind().name())
            .thenComparingLong(FeedEntry::id);

    private final JdbcClient jdbc;
    private final BookingSettings hours;

    FeedRepository(JdbcClient jdbc, BookingSettings hours) {
        this.jdbc = jdbc;
        this.hours = hours;
    }

    long insert(long ownerId, FeedScope scope, long targetId, FeedPrivacy privacy, byte[] tokenHash) {
        return jdbc.sql("""
                INSERT INTO feed (owner_id, scope, professional_id, cabinet_id, collectivite_id, privacy, token_hash)
                VALUES (:owner, :scope, :professional, :cabinet, :collectivite, :privacy, :hash) RETURNING id
                """).param("owner", ownerId).param("scope", scope.name())
                .param("professional", scope == FeedScope.PROFESSIONAL || scope == FeedScope.STATUTORY ? targetId : null)
                .param("cabinet", scope == FeedScope.CABINET ? targetId : null)
                .param("collectivite", scope == FeedScope.COLLECTIVITE ? targetId : null)
                .param("privacy", privacy.name()).param("hash", tokenHash).query(Long.class).single();
    }

    List<Feed> ofOwner(long ownerId) {
        return jdbc.sql(FEED + " WHERE f.owner_id = ? ORDER BY f.id").param(ownerId).query(this::mapFeed).list();
    }

    Optional<Feed> find(long id) {
        return jdbc.sql(FEED + " WHERE f.id = ?").param(id).query(this::mapFeed).optional();
    }

    boolean rotate(long id, byte[] tokenHash) {
        return jdbc.sql("UPDATE feed SET token_hash = ?, rotated_at = now() WHERE id = ?").params(tokenHash, id)
                .update() == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM feed WHERE id = ?").param(id).update() == 1;
    }

    /**
     * The feed of a token's hash. {@code entitled} is false once the owner's account is disabled or no longer
     * reaches the target (a référent unbound from the collectivité, a professional account bound to another).
     */
    Optional<Subscription> byTokenHash(byte[] tokenHash) {
        return jdbc.sql("""
                SELECT f.id, f.owner_id, f.scope, coalesce(f.professional_id, f.cabinet_id, f.collectivite_id) AS target_id,
                       f.privacy, f.token_hash, f.created_at,
                       u.enabled AND CASE u.role
                           WHEN 'ADMIN' THEN true WHEN 'SECRETARIAT' THEN true
                           WHEN 'PROFESSIONAL' THEN f.professional_id IS NOT NULL AND f.professional_id = u.professional_id
                           WHEN 'REFERENT' THEN EXISTS (SELECT 1 FROM app_user_collectivite b
                                                        WHERE b.user_id = u.id AND b.collectivite_id = f.collectivite_id)
                           ELSE false END AS entitled,
                       (SELECT last_value FROM feed_change_clock) AS clock
                FROM feed f JOIN app_user u ON u.id = f.owner_id
                WHERE f.token_hash = ?
                """).param(tokenHash).query((rs, n) -> new Subscription(rs.getLong("id"), rs.getLong("owner_id"),
                        FeedScope.valueOf(rs.getString("scope")), rs.getLong("target_id"),
                        FeedPrivacy.valueOf(rs.getString("privacy")), rs.getBytes("token_hash"),
                        rs.getBoolean("entitled"), rs.getTimestamp("created_at").toInstant(), rs.getLong("clock")))
                .optional();
    }

    // Targets, read from the directory.

    Optional<ProfessionalKind> professionalKind(long id) {
        return jdbc.sql("SELECT kind FROM professional WHERE id = ?").param(id)
                .query((rs, row) -> ProfessionalKind.valueOf(rs.getString(1))).optional();
    }

    boolean cabinetExists(long id) {
        return jdbc.sql("SELECT count(*) FROM cabinet WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }

    boolean collectiviteExists(long id) {
        return jdbc.sql("SELECT count(*) FROM collectivite WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }

    Optional<String> targetName(FeedScope scope, long targetId) {
        var sql = switch (scope) {
            case PROFESSIONAL, STATUTORY -> "SELECT first_name || ' ' || last_name FROM professional WHERE id = ?";
            case CABINET -> "SELECT name FROM cabinet WHERE id = ?";
            case COLLECTIVITE -> "SELECT name FROM collectivite WHERE id = ?";
        };
        return jdbc.sql(sql).param(targetId).query(String.class).optional();
    }

    // The items, in one query; their validator in one smaller query of the same rows.

    Validator validator(FeedScope scope, long target, Window window, Instant keepCancelledSince) {
        return params(jdbc.sql("SELECT max(updated_at) AS last, count(*) AS n FROM (" + union(scope, false) + ") q"),
                target, window, keepCancelledSince)
                .query((rs, n) -> new Validator(rs.getTimestamp("last") == null ? null
                        : rs.getTimestamp("last").toInstant(), rs.getInt("n"))).single();
    }

    List<FeedEntry> entries(FeedScope scope, long target, Window window, Instant keepCancelledSince) {
        var entries = new ArrayList<>(params(jdbc.sql(union(scope, true)), target, window, keepCancelledSince)
                .query(this::mapEntry).list());
        entries.sort(ORDER);
        return entries;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, long target, Window window,
                                                   Instant keep) {
        return sql.param("target", target).param("from", window.from()).param("to", window.to())
                .param("fromTs", window.from().atStartOfDay()).param("toTs", window.to().plusDays(1).atStartOfDay())
                .param("keep", Timestamp.from(keep));
    }

    /**
     * Sessions, appointments, statutory appointments and items that left the feed, of one scope. {@code full}
     * selects what the calendar shows; otherwise only the change times (the directory's joins are left out: the
     * foreign keys they follow are NOT NULL, so the rows are the same).
     */
    private static String union(FeedScope scope, boolean full) {
        var sessions = """
                SELECT %s FROM planning_session s %s
                WHERE s.session_date BETWEEN :from AND :to
                  AND (s.status = 'PUBLISHED' OR s.status = 'WITHDRAWN' AND s.updated_at >= :keep) AND %s
                """.formatted(full ? """
                        'SESSION' AS kind, s.id, s.session_date AS day, s.half_day, h.opens_at, h.closes_at,
                        s.capacity_minutes AS capacity, NULL::timestamp AS starts_at, NULL::timestamp AS ends_at,
                        CASE WHEN s.status = 'PUBLISHED' THEN 'CONFIRMED' ELSE 'CANCELLED' END AS state, s.sequence,
                        s.updated_at, s.created_at, c.name AS place, c.address, c.postal_code, c.city, c.latitude,
                        c.longitude, p.first_name || ' ' || p.last_name AS professional, NULL AS agent,
                        NULL AS visit_kind, NULL::smallint AS statutory_kind, false AS confidential,
                        NULL AS collectivite, false AS departed""" : "s.updated_at",
                full ? """
                        JOIN cabinet c ON c.id = s.cabinet_id JOIN professional p ON p.id = s.professional_id
                        LEFT JOIN cabinet_hours h ON h.cabinet_id = s.cabinet_id AND h.half_day = s.half_day""" : "",
                switch (scope) {
                    case PROFESSIONAL -> "s.professional_id = :target";
                    case CABINET -> "s.cabinet_id = :target";
                    case COLLECTIVITE -> """
                            s.id IN (SELECT u.session_id FROM planning_demand_unit u WHERE u.collectivite_id = :target
                                     UNION ALL
                                     SELECT a.session_id FROM appointment a WHERE a.collectivite_id = :target
                                       AND NOT a.confidential AND a.starts_at >= :fromTs AND a.starts_at < :toTs)""";
                    case STATUTORY -> "false";
                });
        var appointments = """
                SELECT %s FROM appointment a JOIN planning_session s ON s.id = a.session_id %s
                WHERE a.starts_at >= :fromTs AND a.starts_at < :toTs AND s.session_date BETWEEN :from AND :to
                  AND (a.status NOT IN ('CANCELLED', 'CANCELLED_BY_SERVICE', 'REPLACED', 'ABSENT_ANNOUNCED')
                       OR a.updated_at >= :keep) AND %s
                """.formatted(full ? """
                        'APPOINTMENT', a.id, s.session_date, s.half_day, NULL, NULL, NULL, a.starts_at, a.ends_at,
                        CASE WHEN a.status IN ('BOOKED', 'HELD', 'ABSENT_UNJUSTIFIED') THEN 'CONFIRMED'
                             WHEN a.status = 'TO_REPLAN' THEN 'TENTATIVE' ELSE 'CANCELLED' END, a.sequence,
                        a.updated_at, a.booked_at, c.name, c.address, c.postal_code, c.city, c.latitude, c.longitude,
                        p.first_name || ' ' || p.last_name, g.first_name || ' ' || g.last_name, a.visit_kind, NULL,
                        a.confidential, k.name, false""" : "a.updated_at",
                full ? """
                        JOIN cabinet c ON c.id = s.cabinet_id JOIN professional p ON p.id = s.professional_id
                        JOIN agent g ON g.id = a.agent_id JOIN collectivite k ON k.id = a.collectivite_id""" : "",
                switch (scope) {
                    case PROFESSIONAL -> "s.professional_id = :target";
                    case CABINET -> "s.cabinet_id = :target";
                    case COLLECTIVITE -> "a.collectivite_id = :target AND NOT a.confidential";
                    case STATUTORY -> "false";
                });
        var statutory = """
                SELECT %s FROM statutory_request r %s
                WHERE r.starts_at >= :fromTs AND r.starts_at < :toTs AND r.professional_id IS NOT NULL
                  AND r.status <> 'OPEN' AND (r.status <> 'CANCELLED' OR r.updated_at >= :keep) AND %s
                """.formatted(full ? """
                        'STATUTORY', r.id, r.starts_at::date, NULL, NULL, NULL, NULL, r.starts_at,
                        r.starts_at + make_interval(mins => coalesce(r.minutes, 60)),
                        CASE r.status WHEN 'CANCELLED' THEN 'CANCELLED' WHEN 'PROPOSED' THEN 'TENTATIVE'
                             ELSE 'CONFIRMED' END, r.sequence, r.updated_at, r.created_at, c.name, c.address,
                        c.postal_code, c.city, c.latitude, c.longitude, p.first_name || ' ' || p.last_name,
                        g.first_name || ' ' || g.last_name, NULL, r.kind, false, k.name, false""" : "r.updated_at",
                full ? """
                        LEFT JOIN cabinet c ON c.id = r.cabinet_id JOIN professional p ON p.id = r.professional_id
                        JOIN agent g ON g.id = r.agent_id JOIN collectivite k ON k.id = r.collectivite_id""" : "",
                switch (scope) {
                    case PROFESSIONAL -> "false";
                    case CABINET -> "r.cabinet_id = :target";
                    case COLLECTIVITE -> "r.collectivite_id = :target";
                    case STATUTORY -> "r.professional_id = :target";
                });
        var left = """
                SELECT %s FROM feed_cancellation x %s
                WHERE x.cancelled_at >= :keep AND coalesce(x.session_date, x.starts_at::date) BETWEEN :from AND :to
                  AND %s
                """.formatted(full ? """
                        x.item_kind, x.item_id, coalesce(x.session_date, x.starts_at::date), x.half_day, h.opens_at,
                        h.closes_at, x.capacity_minutes, x.starts_at, x.ends_at, 'CANCELLED', x.sequence,
                        x.cancelled_at, x.cancelled_at, c.name, c.address, c.postal_code, c.city, c.latitude,
                        c.longitude, p.first_name || ' ' || p.last_name, NULL, NULL, NULL, false, NULL, true""" :
                        "x.cancelled_at",
                full ? """
                        LEFT JOIN cabinet c ON c.id = x.cabinet_id LEFT JOIN professional p ON p.id = x.professional_id
                        LEFT JOIN cabinet_hours h ON h.cabinet_id = x.cabinet_id AND h.half_day = x.half_day""" : "",
                switch (scope) {
                    case PROFESSIONAL -> "x.item_kind <> 'STATUTORY' AND x.professional_id = :target";
                    case CABINET -> "x.cabinet_id = :target";
                    case COLLECTIVITE -> ":target = ANY (x.collectivite_ids)";
                    case STATUTORY -> "x.item_kind = 'STATUTORY' AND x.professional_id = :target";
                });
        return sessions + " UNION ALL " + appointments + " UNION ALL " + statutory + " UNION ALL " + left;
    }

    private FeedEntry mapEntry(ResultSet rs, int n) throws SQLException {
        var kind = FeedItemKind.valueOf(rs.getString("kind"));
        LocalDateTime start;
        LocalDateTime end;
        if (rs.getObject("starts_at") != null) {
            start = rs.getObject("starts_at", LocalDateTime.class);
            end = rs.getObject("ends_at", LocalDateTime.class);
        } else {
            var half = Half.valueOf(rs.getString("half_day"));
            var opens = rs.getObject("opens_at", LocalTime.class);
            var open = opens == null ? hours.hours(half)
                    : new OpeningHours(opens, rs.getObject("closes_at", LocalTime.class));
            var span = SessionHours.of(rs.getObject("day", LocalDate.class), open, rs.getInt("capacity")).span();
            start = span.start();
            end = span.end();
        }
        var latitude = rs.getObject("latitude") == null ? null : rs.getDouble("latitude");
        var longitude = rs.getObject("longitude") == null ? null : rs.getDouble("longitude");
        var place = rs.getString("place") == null ? null : new FeedPlace(rs.getString("place"),
                rs.getString("address"), rs.getString("postal_code"), rs.getString("city"), latitude, longitude);
        String visit = null;
        if (rs.getString("visit_kind") != null) {
            visit = VisitKind.valueOf(rs.getString("visit_kind")).label();
        } else if (rs.getObject("statutory_kind") != null) {
            visit = "Médecine statutaire (acte n° " + rs.getInt("statutory_kind") + ")";
        }
        return new FeedEntry(kind, rs.getLong("id"), start, end, FeedItemState.valueOf(rs.getString("state")),
                rs.getInt("sequence"), rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(), place, rs.getString("professional"), rs.getString("agent"),
                visit, rs.getBoolean("confidential"), rs.getString("collectivite"), rs.getBoolean("departed"));
    }

    private Feed mapFeed(ResultSet rs, int n) throws SQLException {
        var rotated = rs.getTimestamp("rotated_at");
        return new Feed(rs.getLong("id"), rs.getLong("owner_id"), FeedScope.valueOf(rs.getString("scope")),
                rs.getLong("target_id"), rs.getString("target_name"), FeedPrivacy.valueOf(rs.getString("privacy")),
                rs.getTimestamp("created_at").toInstant(), rotated == null ? null : rotated.toInstant());
    }
}
