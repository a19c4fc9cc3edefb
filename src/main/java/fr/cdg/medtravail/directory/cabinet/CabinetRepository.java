package fr.cdg.medtravail.directory.cabinet;

import java.sql.ResultSet;
import java.sql.SQLException;
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

import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.csvimport.Upsert;
import fr.cdg.medtravail.directory.WeeklyHalfDayTable;

@Repository
class CabinetRepository {

    private static final String SELECT = """
            SELECT k.*, c.name AS owner_name FROM cabinet k LEFT JOIN collectivite c ON c.id = k.owner_collectivite_id
            """;

    private final JdbcClient jdbc;
    private final WeeklyHalfDayTable openings;

    CabinetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.openings = new WeeklyHalfDayTable(jdbc, "cabinet_opening", "cabinet_id");
    }

    List<Cabinet> findAll(CabinetKind kind) {
        var all = openings.load(null);
        return jdbc.sql(SELECT + " WHERE (:kind::text IS NULL OR k.kind = :kind) ORDER BY lower(k.name), k.code")
                .param("kind", kind == null ? null : kind.name())
                .query((rs, row) -> map(rs, all.get(rs.getLong("id")))).list();
    }

    Optional<Cabinet> findById(long id) {
        return jdbc.sql(SELECT + " WHERE k.id = ?").param(id).query((rs, row) -> map(rs, openings.of(id))).optional();
    }

    Optional<Long> idOfCode(String code) {
        return jdbc.sql("SELECT id FROM cabinet WHERE code = ?").param(code).query(Long.class).optional();
    }

    boolean collectiviteExists(long id) {
        return jdbc.sql("SELECT count(*) FROM collectivite WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    long insert(CabinetForm form) {
        long id = jdbc.sql("""
                        INSERT INTO cabinet (code, name, kind, address, postal_code, city, latitude, longitude, rooms,
                            owner_collectivite_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(values(form)).query(Long.class).single();
        openings.replace(id, form.openingHalfDays());
        return id;
    }

    void update(long id, CabinetForm form) {
        var params = new ArrayList<>(values(form));
        params.add(id);
        jdbc.sql("""
                        UPDATE cabinet SET code = ?, name = ?, kind = ?, address = ?, postal_code = ?, city = ?,
                            latitude = ?, longitude = ?, rooms = ?, owner_collectivite_id = ?, updated_at = now()
                        WHERE id = ?""")
                .params(params).update();
        openings.replace(id, form.openingHalfDays());
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM cabinet WHERE id = ?").param(id).update() == 1;
    }

    Map<String, Upsert.Stored<CabinetForm>> storedByCode() {
        var stored = new HashMap<String, Upsert.Stored<CabinetForm>>();
        findAll(null).forEach(cabinet -> stored.put(cabinet.details().code(), new Upsert.Stored<>(cabinet.id(), cabinet.details())));
        return stored;
    }

    private static List<Object> values(CabinetForm f) {
        return Arrays.asList(f.code(), f.name(), f.kind().name(), f.address(), f.postalCode(), f.city(), f.latitude(),
                f.longitude(), f.rooms(), f.ownerCollectiviteId());
    }

    private static Cabinet map(ResultSet rs, SortedSet<WeeklyHalfDay> openings) throws SQLException {
        return new Cabinet(rs.getLong("id"), new CabinetForm(rs.getString("code"), rs.getString("name"),
                CabinetKind.valueOf(rs.getString("kind")), rs.getString("address"), rs.getString("postal_code"),
                rs.getString("city"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                rs.getInt("rooms"), rs.getObject("owner_collectivite_id", Long.class),
                openings == null ? new TreeSet<>() : openings), rs.getString("owner_name"));
    }
}
