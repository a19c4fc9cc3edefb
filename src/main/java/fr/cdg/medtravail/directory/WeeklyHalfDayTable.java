package fr.cdg.medtravail.directory;

import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;

/**
 * A table of weekly half-days owned by another row: professional_half_day (working half-days) and cabinet_opening
 * (opening half-days) have the same shape {@code (owner, day_of_week, half_day)}.
 */
public final class WeeklyHalfDayTable {

    private final JdbcClient jdbc;
    private final String table;
    private final String ownerColumn;

    /** {@code table} and {@code ownerColumn} are constants of the caller, never input. */
    public WeeklyHalfDayTable(JdbcClient jdbc, String table, String ownerColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    /** The half-days of every owner, or of one owner when {@code ownerId} is not null. */
    public Map<Long, SortedSet<WeeklyHalfDay>> load(Long ownerId) {
        var result = new HashMap<Long, SortedSet<WeeklyHalfDay>>();
        jdbc.sql("SELECT " + ownerColumn + " AS owner, day_of_week, half_day FROM " + table
                        + (ownerId == null ? "" : " WHERE " + ownerColumn + " = :owner"))
                .paramSource(ownerId == null ? Map.of() : Map.of("owner", ownerId))
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong("owner"), id -> new TreeSet<>()).add(new WeeklyHalfDay(
                            DayOfWeek.of(rs.getInt("day_of_week")), Half.valueOf(rs.getString("half_day"))));
                });
        return result;
    }

    public SortedSet<WeeklyHalfDay> of(long ownerId) {
        return load(ownerId).getOrDefault(ownerId, new TreeSet<>());
    }

    public void replace(long ownerId, SortedSet<WeeklyHalfDay> halfDays) {
        jdbc.sql("DELETE FROM " + table + " WHERE " + ownerColumn + " = ?").param(ownerId).update();
        for (var halfDay : halfDays) {
            jdbc.sql("INSERT INTO " + table + " (" + ownerColumn + ", day_of_week, half_day) VALUES (?, ?, ?)")
                    .params(ownerId, halfDay.day().getValue(), halfDay.half().name()).update();
        }
    }
}
