package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Yearly aggregates for the dashboards and the activity report, read in joins on other modules' tables (listed in
 * docs/architecture.md): appointment (booking), planning_session (planning), professional (directory),
 * statutory_request (statutory). {@code scope}: see {@link CollectiviteScope}.
 */
@Repository
class DashboardRepository {

    /** Statutory working time of a full-time post (1,607 hours a year, décret 2000-815). */
    private static final BigDecimal FULL_TIME_HOURS = BigDecimal.valueOf(1607);

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DashboardData.MonthVisits> months(int year, Collection<Long> scope) {
        return CollectiviteScope.bind(jdbc.sql("""
                        SELECT CAST(extract(month FROM starts_at) AS int) AS month,
                               count(*) FILTER (WHERE status IN ('BOOKED', 'HELD', 'ABSENT_ANNOUNCED', 'ABSENT_UNJUSTIFIED')) AS planned,
                               count(*) FILTER (WHERE status = 'HELD') AS held,
                               count(*) FILTER (WHERE status = 'ABSENT_UNJUSTIFIED') AS unjustified,
                               count(*) FILTER (WHERE status = 'ABSENT_ANNOUNCED') AS announced
                        FROM appointment
                        WHERE starts_at >= :first AND starts_at < :after
                          AND (CAST(:all AS boolean) OR collectivite_id IN (:ids))
                        GROUP BY 1 ORDER BY 1""")
                .param("first", LocalDate.of(year, 1, 1).atStartOfDay())
                .param("after", LocalDate.of(year + 1, 1, 1).atStartOfDay()), scope)
                .query((rs, n) -> new DashboardData.MonthVisits(rs.getInt("month"), rs.getInt("planned"),
                        rs.getInt("held"), rs.getInt("unjustified"), rs.getInt("announced")))
                .list();
    }

    /** Professionals with published sessions in the year: planned hours against 2/3 of their working time. */
    List<DashboardData.Load> loads(int year) {
        return jdbc.sql("""
                        SELECT p.id, p.last_name || ' ' || p.first_name AS name, p.working_ratio,
                               sum(s.capacity_minutes) AS minutes
                        FROM planning_session s JOIN professional p ON p.id = s.professional_id
                        WHERE s.status = 'PUBLISHED' AND s.session_date BETWEEN :first AND :last
                        GROUP BY p.id, p.last_name, p.first_name, p.working_ratio ORDER BY name""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new DashboardData.Load(rs.getLong("id"), rs.getString("name"),
                        BigDecimal.valueOf(rs.getLong("minutes")).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP),
                        FULL_TIME_HOURS.multiply(rs.getBigDecimal("working_ratio")).multiply(BigDecimal.valueOf(2))
                                .divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP)))
                .list();
    }

    /** Statutory requests due in the year, by month of their deadline: visited (or convoked) by then, or not. */
    List<DashboardData.DeadlineMonth> deadlines(int year, Collection<Long> scope) {
        return CollectiviteScope.bind(jdbc.sql("""
                        SELECT CAST(extract(month FROM due_on) AS int) AS month,
                               count(*) FILTER (WHERE starts_at IS NOT NULL AND CAST(starts_at AS date) <= due_on) AS met,
                               count(*) FILTER (WHERE starts_at IS NULL OR CAST(starts_at AS date) > due_on) AS missed
                        FROM statutory_request
                        WHERE due_on BETWEEN :first AND :last AND status <> 'CANCELLED'
                          AND (CAST(:all AS boolean) OR collectivite_id IN (:ids))
                        GROUP BY 1 ORDER BY 1""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31)), scope)
                .query((rs, n) -> new DashboardData.DeadlineMonth(rs.getInt("month"), rs.getInt("met"),
                        rs.getInt("missed")))
                .list();
    }

    /** Collectivités with statutory requests received in the year. */
    List<Long> statutoryCollectivites(int year, Collection<Long> scope) {
        return CollectiviteScope.bind(jdbc.sql("""
                        SELECT DISTINCT collectivite_id FROM statutory_request
                        WHERE received_on BETWEEN :first AND :last AND (CAST(:all AS boolean) OR collectivite_id IN (:ids))
                        ORDER BY 1""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31)), scope)
                .query(Long.class).list();
    }

    /** Appointments of the year by visit kind, professional kind and status. */
    List<ActivityReport.VisitCount> visits(int year) {
        return jdbc.sql("""
                        SELECT a.visit_kind, p.kind AS professional_kind, a.status, count(*) AS n
                        FROM appointment a JOIN planning_session s ON s.id = a.session_id
                        JOIN professional p ON p.id = s.professional_id
                        WHERE a.starts_at >= :first AND a.starts_at < :after
                        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""")
                .param("first", LocalDate.of(year, 1, 1).atStartOfDay())
                .param("after", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .query((rs, n) -> new ActivityReport.VisitCount(rs.getString("visit_kind"),
                        rs.getString("professional_kind"), rs.getString("status"), rs.getInt("n")))
                .list();
    }

    /** Statutory requests received in the year by kind (1–17) and status. */
    List<ActivityReport.StatutoryCount> statutory(int year) {
        return jdbc.sql("""
                        SELECT kind, status, count(*) AS n FROM statutory_request
                        WHERE received_on BETWEEN :first AND :last GROUP BY 1, 2 ORDER BY 1, 2""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new ActivityReport.StatutoryCount(rs.getInt("kind"), rs.getString("status"),
                        rs.getInt("n")))
                .list();
    }
}
