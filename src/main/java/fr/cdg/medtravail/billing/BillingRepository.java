package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.directory.collectivite.Membership;
import fr.cdg.medtravail.directory.collectivite.Membership.TariffCategory;

/**
 * Grids and issued statements (billing's tables), and the read-only joins of a whole period's billing data on other
 * modules' tables (listed in docs/architecture.md): a statement run covers every collectivité, and one service call
 * per collectivité and day would cost one query each.
 */
@Repository
class BillingRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate bulk;

    BillingRepository(JdbcClient jdbc, JdbcTemplate bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Serialises issuing (until the transaction ends): "not issued yet" stays true until this one's insert. */
    void lockIssuing() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('billing-issue'))").query(Object.class).list();
    }

    /** Every version of every grid of a CDG (all CDGs when null), oldest first. */
    List<TariffGrid> grids(Cdg cdg) {
        var prices = new LinkedHashMap<Long, Map<TariffItem, BigDecimal>>();
        jdbc.sql("SELECT grid_id, item, amount FROM tariff_price").query((rs, n) -> prices
                .computeIfAbsent(rs.getLong("grid_id"), id -> new EnumMap<>(TariffItem.class))
                .put(TariffItem.valueOf(rs.getString("item")), rs.getBigDecimal("amount"))).list();
        return jdbc.sql("""
                        SELECT * FROM tariff_grid WHERE (CAST(:cdg AS text) IS NULL OR cdg = :cdg)
                        ORDER BY cdg, mission, valid_from, version""")
                .param("cdg", cdg == null ? null : cdg.name())
                .query((rs, n) -> new TariffGrid(rs.getLong("id"), Cdg.valueOf(rs.getString("cdg")),
                        Membership.Service.valueOf(rs.getString("mission")), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class), rs.getInt("version"),
                        SurchargeRule.valueOf(rs.getString("surcharge_rule")), rs.getBigDecimal("surcharge_threshold"),
                        rs.getString("source"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        prices.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    /** A new version of the grid of this CDG, mission and start: one more than the latest. */
    long insertGrid(GridForm form, String createdBy) {
        long id = jdbc.sql("""
                        INSERT INTO tariff_grid (cdg, mission, valid_from, valid_until, version, surcharge_rule,
                                                 surcharge_threshold, source, created_by)
                        SELECT :cdg, :mission, :from, :until, coalesce(max(version), 0) + 1, :rule, :threshold,
                               :source, :by
                        FROM tariff_grid WHERE cdg = :cdg AND mission = :mission AND valid_from = :from
                        RETURNING id""")
                .param("cdg", form.cdg().name()).param("mission", form.mission().name())
                .param("from", form.validFrom()).param("until", form.validUntil())
                .param("rule", form.surchargeRule().name()).param("threshold", form.surchargeThreshold())
                .param("source", form.source().trim()).param("by", createdBy)
                .query(Long.class).single();
        form.prices().forEach((item, amount) -> jdbc.sql(
                        "INSERT INTO tariff_price (grid_id, item, amount) VALUES (?, ?, ?)")
                .params(id, item.name(), amount).update());
        return id;
    }

    /**
     * The collectivités with a preventive membership during the year (one, when given), with the category of their
     * latest membership of the year and the headcount declared for it. Reads collectivite, membership and
     * collectivite_headcount (directory).
     */
    List<Biller> billers(int year, Long collectiviteId) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (c.id) c.id, c.name, c.siren, c.affiliated, c.own_secretariat,
                               m.tariff_category, h.headcount, h.declared_on
                        FROM collectivite c
                        JOIN membership m ON m.collectivite_id = c.id AND m.service = 'PREVENTIVE'
                             AND m.start_date <= :last AND (m.end_date IS NULL OR m.end_date >= :first)
                        LEFT JOIN collectivite_headcount h ON h.collectivite_id = c.id AND h.year = :year
                        WHERE CAST(:id AS bigint) IS NULL OR c.id = :id
                        ORDER BY c.id, m.start_date DESC""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .param("year", year).param("id", collectiviteId)
                .query((rs, n) -> new Biller(rs.getLong("id"), rs.getString("name"), rs.getString("siren"),
                        rs.getBoolean("affiliated"), rs.getBoolean("own_secretariat"),
                        TariffCategory.valueOf(rs.getString("tariff_category")),
                        (Integer) rs.getObject("headcount"), rs.getObject("declared_on", LocalDate.class)))
                .list();
    }

    /**
     * Appointments of the days from {@code first} to {@code last}, counted per collectivité and day by what became of
     * them (booking's appointment table).
     */
    List<AttendanceDay> attendance(LocalDate first, LocalDate last, Collection<Long> collectivites) {
        return CollectiviteScope.bind(jdbc.sql("""
                        SELECT collectivite_id, CAST(starts_at AS date) AS day,
                               count(*) FILTER (WHERE status = 'HELD') AS held,
                               count(*) FILTER (WHERE status = 'ABSENT_ANNOUNCED') AS announced,
                               count(*) FILTER (WHERE status = 'ABSENT_UNJUSTIFIED') AS unjustified,
                               count(*) FILTER (WHERE status = 'REPLACED') AS replaced
                        FROM appointment
                        WHERE starts_at >= :first AND starts_at < :after
                          AND status IN ('HELD', 'ABSENT_ANNOUNCED', 'ABSENT_UNJUSTIFIED', 'REPLACED')
                          AND (CAST(:all AS boolean) OR collectivite_id IN (:ids))
                        GROUP BY 1, 2""")
                .param("first", first.atStartOfDay()).param("after", last.plusDays(1).atStartOfDay()), collectivites)
                .query((rs, n) -> new AttendanceDay(rs.getLong("collectivite_id"), rs.getObject("day", LocalDate.class),
                        rs.getInt("held"), rs.getInt("announced"), rs.getInt("unjustified"), rs.getInt("replaced")))
                .list();
    }

    /**
     * The sector professional of each collectivité: the one who held most of its visits in the year (booking's
     * appointment, planning's planning_session).
     */
    Map<Long, Long> sectorProfessionals(int year, Collection<Long> collectivites) {
        var found = new LinkedHashMap<Long, Long>();
        CollectiviteScope.bind(jdbc.sql("""
                        SELECT DISTINCT ON (a.collectivite_id) a.collectivite_id, s.professional_id
                        FROM appointment a JOIN planning_session s ON s.id = a.session_id
                        WHERE a.status = 'HELD' AND a.starts_at >= :first AND a.starts_at < :after
                          AND (CAST(:all AS boolean) OR a.collectivite_id IN (:ids))
                        GROUP BY a.collectivite_id, s.professional_id
                        ORDER BY a.collectivite_id, count(*) DESC, s.professional_id""")
                .param("first", LocalDate.of(year, 1, 1).atStartOfDay())
                .param("after", LocalDate.of(year + 1, 1, 1).atStartOfDay()), collectivites)
                .query((rs, n) -> found.put(rs.getLong("collectivite_id"), rs.getLong("professional_id"))).list();
        return found;
    }

    /** Statutory acts billed past the quota during the year (statutory's statutory_act_line). */
    List<ActCharge> acts(int year, Collection<Long> collectivites) {
        return CollectiviteScope.bind(jdbc.sql("""
                        SELECT collectivite_id, request_id, visited_on, label, amount FROM statutory_act_line
                        WHERE year = :year AND (CAST(:all AS boolean) OR collectivite_id IN (:ids))""")
                .param("year", year), collectivites)
                .query((rs, n) -> new ActCharge(rs.getLong("collectivite_id"), rs.getLong("request_id"),
                        rs.getObject("visited_on", LocalDate.class), rs.getString("label"), rs.getBigDecimal("amount")))
                .list();
    }

    long insertStatement(StatementDraft draft, String issuedBy, Long correctsId, String reason) {
        long id = jdbc.sql("""
                        INSERT INTO billing_statement (collectivite_id, collectivite_name, siren, year, period, grid_id,
                            surcharge_rule, total, corrects_id, correction_reason, issued_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(draft.collectiviteId(), draft.collectiviteName(), draft.siren(), draft.year(),
                        draft.period().name(), draft.grid().id(), draft.grid().surchargeRule().name(), draft.total(),
                        correctsId, reason, issuedBy)
                .query(Long.class).single();
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < draft.lines().size(); i++) {
            var line = draft.lines().get(i);
            rows.add(new Object[] {id, i + 1, line.label(), line.quantity(), line.unitPrice(), line.amount(),
                    line.rule(), line.source(), line.gridId()});
        }
        bulk.batchUpdate("""
                INSERT INTO billing_statement_line (statement_id, position, label, quantity, unit_price, amount, rule,
                                                    source, grid_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return id;
    }

    Optional<IssuedStatement> statement(long id) {
        return statements("s.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The statements of a period, originals and corrections, by collectivité then issue. */
    List<IssuedStatement> statements(int year, BillingPeriod period) {
        return statements("s.year = :year AND s.period = :period", Map.of("year", year, "period", period.name()));
    }

    List<IssuedStatement> statementsOf(long collectiviteId, int year) {
        return statements("s.collectivite_id = :c AND s.year = :year", Map.of("c", collectiviteId, "year", year));
    }

    boolean originalExists(long collectiviteId, int year, BillingPeriod period) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM billing_statement
                        WHERE collectivite_id = ? AND year = ? AND period = ? AND corrects_id IS NULL""")
                .params(collectiviteId, year, period.name()).query(Boolean.class).single();
    }

    boolean corrected(long statementId) {
        return jdbc.sql("SELECT count(*) > 0 FROM billing_statement WHERE corrects_id = ?").param(statementId)
                .query(Boolean.class).single();
    }

    private List<IssuedStatement> statements(String where, Map<String, Object> params) {
        var lines = new LinkedHashMap<Long, List<StatementLine>>();
        jdbc.sql("""
                        SELECT l.* FROM billing_statement_line l JOIN billing_statement s ON s.id = l.statement_id
                        WHERE %s ORDER BY l.statement_id, l.position""".formatted(where))
                .params(params)
                .query((rs, n) -> lines.computeIfAbsent(rs.getLong("statement_id"), k -> new ArrayList<>())
                        .add(new StatementLine(rs.getString("label"), rs.getBigDecimal("quantity"),
                                rs.getBigDecimal("unit_price"), rs.getBigDecimal("amount"), rs.getString("rule"),
                                rs.getString("source"), (Long) rs.getObject("grid_id"))))
                .list();
        return jdbc.sql("SELECT s.* FROM billing_statement s WHERE %s ORDER BY s.collectivite_id, s.id"
                        .formatted(where))
                .params(params)
                .query((rs, n) -> map(rs, lines.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static IssuedStatement map(ResultSet rs, List<StatementLine> lines) throws SQLException {
        return new IssuedStatement(rs.getLong("id"), rs.getLong("collectivite_id"), rs.getString("collectivite_name"),
                rs.getString("siren"), rs.getInt("year"), BillingPeriod.valueOf(rs.getString("period")),
                rs.getLong("grid_id"), SurchargeRule.valueOf(rs.getString("surcharge_rule")), rs.getBigDecimal("total"),
                (Long) rs.getObject("corrects_id"), rs.getString("correction_reason"), rs.getString("issued_by"),
                rs.getTimestamp("issued_at").toInstant(), lines);
    }
}
