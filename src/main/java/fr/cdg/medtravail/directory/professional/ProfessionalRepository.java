package fr.cdg.medtravail.directory.professional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.csvimport.Upsert;
import fr.cdg.medtravail.directory.WeeklyHalfDayTable;

@Repository
class ProfessionalRepository {

    private final JdbcClient jdbc;
    private final WeeklyHalfDayTable halfDays;

    ProfessionalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.halfDays = new WeeklyHalfDayTable(jdbc, "professional_half_day", "professional_id");
    }

    List<Professional> findAll(ProfessionalKind kind) {
        var all = halfDays.load(null);
        return jdbc.sql("SELECT * FROM professional WHERE (:kind::text IS NULL OR kind = :kind) ORDER BY lower(last_name), lower(first_name), code")
                .param("kind", kind == null ? null : kind.name())
                .query((rs, row) -> map(rs, all.get(rs.getLong("id")))).list();
    }

    Optional<Professional> findById(long id) {
        return jdbc.sql("SELECT * FROM professional WHERE id = ?").param(id)
                .query((rs, row) -> map(rs, halfDays.of(id))).optional();
    }

    Optional<Long> idOfCode(String code) {
        return jdbc.sql("SELECT id FROM professional WHERE code = ?").param(code).query(Long.class).optional();
    }

    Map<String, Long> idsByCode() {
        var ids = new HashMap<String, Long>();
        jdbc.sql("SELECT code, id FROM professional").query((ResultSet rs) -> {
            ids.put(rs.getString("code"), rs.getLong("id"));
        });
        return ids;
    }

    long insert(ProfessionalForm form) {
        long id = jdbc.sql("""
                        INSERT INTO professional (code, kind, last_name, first_name, email, working_ratio, home_address,
                            home_latitude, home_longitude, active)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(values(form)).query(Long.class).single();
        halfDays.replace(id, form.weeklyHalfDays());
        return id;
    }

    void update(long id, ProfessionalForm form) {
        var params = new ArrayList<>(values(form));
        params.add(id);
        jdbc.sql("""
                        UPDATE professional SET code = ?, kind = ?, last_name = ?, first_name = ?, email = ?,
                            working_ratio = ?, home_address = ?, home_latitude = ?, home_longitude = ?, active = ?,
                            updated_at = now()
                        WHERE id = ?""")
                .params(params).update();
        halfDays.replace(id, form.weeklyHalfDays());
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM professional WHERE id = ?").param(id).update() == 1;
    }

    Map<String, Upsert.Stored<ProfessionalForm>> storedByCode() {
        var stored = new HashMap<String, Upsert.Stored<ProfessionalForm>>();
        findAll(null).forEach(p -> stored.put(p.details().code(), new Upsert.Stored<>(p.id(), p.details())));
        return stored;
    }

    List<Leave> leaves(Long professionalId) {
        return jdbc.sql("SELECT * FROM professional_leave WHERE (:id::bigint IS NULL OR professional_id = :id) ORDER BY start_date, start_half")
                .param("id", professionalId)
                .query(ProfessionalRepository::leave)
                .list();
    }

    List<Leave> leavesBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM professional_leave WHERE end_date >= ? AND start_date <= ? ORDER BY id")
                .params(from, to).query(ProfessionalRepository::leave).list();
    }

    private static Leave leave(ResultSet rs, int row) throws SQLException {
        return new Leave(rs.getLong("id"), rs.getLong("professional_id"), Leave.Kind.valueOf(rs.getString("kind")),
                rs.getObject("start_date", LocalDate.class), Half.valueOf(rs.getString("start_half")),
                rs.getObject("end_date", LocalDate.class), Half.valueOf(rs.getString("end_half")));
    }

    long insertLeave(long professionalId, LeaveForm form) {
        return jdbc.sql("""
                        INSERT INTO professional_leave (professional_id, kind, start_date, start_half, end_date, end_half)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(professionalId, form.kind().name(), form.startDate(), form.startHalf().name(), form.endDate(),
                        form.endHalf().name())
                .query(Long.class).single();
    }

    void updateLeave(long leaveId, LeaveForm form) {
        jdbc.sql("UPDATE professional_leave SET kind = ?, end_date = ?, end_half = ? WHERE id = ?")
                .params(form.kind().name(), form.endDate(), form.endHalf().name(), leaveId).update();
    }

    boolean deleteLeave(long professionalId, long leaveId) {
        return jdbc.sql("DELETE FROM professional_leave WHERE id = ? AND professional_id = ?")
                .params(leaveId, professionalId).update() == 1;
    }

    private static List<Object> values(ProfessionalForm f) {
        return Arrays.asList(f.code(), f.kind().name(), f.lastName(), f.firstName(), f.email(), f.workingRatio(),
                f.homeAddress(), f.homeLatitude(), f.homeLongitude(), f.active());
    }

    private static Professional map(ResultSet rs, SortedSet<WeeklyHalfDay> halfDays)
            throws SQLException {
        return new Professional(rs.getLong("id"), new ProfessionalForm(rs.getString("code"),
                ProfessionalKind.valueOf(rs.getString("kind")), rs.getString("last_name"), rs.getString("first_name"),
                rs.getString("email"), rs.getObject("working_ratio", BigDecimal.class), rs.getString("home_address"),
                rs.getDouble("home_latitude"), rs.getDouble("home_longitude"), rs.getBoolean("active"),
                halfDays == null ? new TreeSet<>() : halfDays));
    }
}
