package fr.cdg.medtravail.directory.collectivite;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.csvimport.Upsert;
import fr.cdg.medtravail.directory.Page;

@Repository
class CollectiviteRepository {

    private static final String SELECT = """
            SELECT c.*, (SELECT h.headcount FROM collectivite_headcount h WHERE h.collectivite_id = c.id
                         ORDER BY h.year DESC LIMIT 1) AS latest_headcount
            FROM collectivite c
            """;

    private final JdbcClient jdbc;

    CollectiviteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of collectivités by name; {@code q} matches the name or the beginning of the SIREN; {@code only}, when not
     * null, restricts to these ids (a référent's collectivités).
     */
    Page<Collectivite> find(String q, CollectiviteKind kind, Collection<Long> only, int page, int size) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (q != null) {
            where.add("(lower(c.name) LIKE :pattern ESCAPE '\\' OR c.siren LIKE :prefix ESCAPE '\\')");
            var escaped = q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("pattern", "%" + escaped + "%");
            params.put("prefix", escaped + "%");
        }
        if (kind != null) {
            where.add("c.kind = :kind");
            params.put("kind", kind.name());
        }
        if (only != null) {
            where.add(only.isEmpty() ? "false" : "c.id IN (:only)");
            params.put("only", only);
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM collectivite c" + condition).params(params).query(Long.class).single();
        var items = jdbc.sql(SELECT + condition + " ORDER BY lower(c.name), c.siren LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query(CollectiviteRepository::map).list();
        return new Page<>(items, page, size, total);
    }

    Optional<Collectivite> findById(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(CollectiviteRepository::map).optional();
    }

    Map<Long, String> names(Collection<Long> ids) {
        var names = new HashMap<Long, String>();
        jdbc.sql("SELECT id, name FROM collectivite WHERE id = ANY(?)").param(ids.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    Optional<Long> idOfSiren(String siren) {
        return jdbc.sql("SELECT id FROM collectivite WHERE siren = ?").param(siren).query(Long.class).optional();
    }

    /** Every SIREN with its id: imports resolve the SIRENs of a whole file at once. */
    Map<String, Long> idsBySiren() {
        var ids = new HashMap<String, Long>();
        jdbc.sql("SELECT siren, id FROM collectivite").query((ResultSet rs) -> {
            ids.put(rs.getString("siren"), rs.getLong("id"));
        });
        return ids;
    }

    long insert(CollectiviteForm form) {
        return jdbc.sql("""
                        INSERT INTO collectivite (siren, name, kind, affiliated, own_secretariat, insee_code, address,
                            postal_code, city, latitude, longitude, referent_name, referent_email, referent_phone)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(values(form)).query(Long.class).single();
    }

    boolean update(long id, CollectiviteForm form) {
        var params = new ArrayList<>(values(form));
        params.add(id);
        return jdbc.sql("""
                        UPDATE collectivite SET siren = ?, name = ?, kind = ?, affiliated = ?, own_secretariat = ?,
                            insee_code = ?, address = ?, postal_code = ?, city = ?, latitude = ?, longitude = ?,
                            referent_name = ?, referent_email = ?, referent_phone = ?, updated_at = now()
                        WHERE id = ?""")
                .params(params).update() == 1;
    }

    void clearReferentContact(long id) {
        jdbc.sql("""
                UPDATE collectivite SET referent_name = NULL, referent_email = NULL, referent_phone = NULL,
                                        updated_at = now()
                WHERE id = ?""").param(id).update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM collectivite WHERE id = ?").param(id).update() == 1;
    }

    List<Headcount> headcounts(long id) {
        return jdbc.sql("SELECT year, headcount, declared_on FROM collectivite_headcount WHERE collectivite_id = ? ORDER BY year DESC")
                .param(id)
                .query((rs, row) -> new Headcount(rs.getInt("year"), rs.getInt("headcount"),
                        rs.getObject("declared_on", LocalDate.class)))
                .list();
    }

    /** Declares (or corrects) a year's headcount; answers whether a row changed. */
    boolean saveHeadcount(long id, int year, int headcount, LocalDate declaredOn) {
        return jdbc.sql("""
                        INSERT INTO collectivite_headcount (collectivite_id, year, headcount, declared_on) VALUES (?, ?, ?, ?)
                        ON CONFLICT (collectivite_id, year) DO UPDATE SET headcount = excluded.headcount, declared_on = excluded.declared_on
                        WHERE collectivite_headcount.headcount <> excluded.headcount""")
                .params(id, year, headcount, declaredOn).update() == 1;
    }

    List<Membership> memberships(long id) {
        return jdbc.sql("SELECT * FROM membership WHERE collectivite_id = ? ORDER BY start_date DESC, service")
                .param(id)
                .query((rs, row) -> new Membership(rs.getLong("id"), Membership.Service.valueOf(rs.getString("service")),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        Membership.TariffCategory.valueOf(rs.getString("tariff_category"))))
                .list();
    }

    long insertMembership(long id, MembershipForm form) {
        return jdbc.sql("""
                        INSERT INTO membership (collectivite_id, service, start_date, end_date, tariff_category)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(id, form.service().name(), form.startDate(), form.endDate(), form.tariffCategory().name())
                .query(Long.class).single();
    }

    /** The STATUTORY membership running during the year (the latest) with the year's headcounts. */
    Optional<StatutoryQuotaBasis> statutoryQuotaBasis(long id, int year) {
        return jdbc.sql("""
                        SELECT m.statutory_quota_rate, h.headcount, h.permanent_headcount
                        FROM membership m
                        LEFT JOIN collectivite_headcount h ON h.collectivite_id = m.collectivite_id AND h.year = :year
                        WHERE m.collectivite_id = :id AND m.service = 'STATUTORY'
                          AND m.start_date <= make_date(:year, 12, 31)
                          AND (m.end_date IS NULL OR m.end_date >= make_date(:year, 1, 1))
                        ORDER BY m.start_date DESC LIMIT 1""")
                .param("id", id).param("year", year)
                .query((rs, row) -> new StatutoryQuotaBasis(year, rs.getObject("headcount", Integer.class),
                        rs.getObject("permanent_headcount", Integer.class), rs.getBigDecimal("statutory_quota_rate")))
                .optional();
    }

    boolean statutoryMemberOn(long id, LocalDate day) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM membership WHERE collectivite_id = ? AND service = 'STATUTORY'
                                       AND start_date <= ? AND (end_date IS NULL OR end_date >= ?))""")
                .params(id, day, day).query(Boolean.class).single();
    }

    /** Sets the year's permanent headcount (its headcount row must exist); answers whether it did. */
    boolean savePermanentHeadcount(long id, int year, int permanentHeadcount) {
        return jdbc.sql("UPDATE collectivite_headcount SET permanent_headcount = ? WHERE collectivite_id = ? AND year = ?")
                .params(permanentHeadcount, id, year).update() == 1;
    }

    void saveStatutoryQuotaRate(long id, int year, BigDecimal rate) {
        jdbc.sql("""
                        UPDATE membership SET statutory_quota_rate = :rate
                        WHERE collectivite_id = :id AND service = 'STATUTORY' AND start_date <= make_date(:year, 12, 31)
                          AND (end_date IS NULL OR end_date >= make_date(:year, 1, 1))""")
                .param("rate", rate).param("id", id).param("year", year).update();
    }

    long activeAgents(long id) {
        return jdbc.sql("SELECT count(*) FROM agent WHERE collectivite_id = ? AND left_on IS NULL")
                .param(id).query(Long.class).single();
    }

    /** Every stored collectivité by SIREN, as the form that would store it again (without headcount). */
    Map<String, Upsert.Stored<CollectiviteForm>> storedBySiren() {
        var stored = new HashMap<String, Upsert.Stored<CollectiviteForm>>();
        jdbc.sql(SELECT).query((ResultSet rs) -> {
            var collectivite = map(rs, 0);
            stored.put(collectivite.siren(), new Upsert.Stored<>(collectivite.id(), CollectiviteForm.of(collectivite)));
        });
        return stored;
    }

    private static List<Object> values(CollectiviteForm f) {
        return Arrays.asList(f.siren(), f.name(), f.kind().name(), f.affiliated(), f.ownSecretariat(),
                f.inseeCode(), f.address(), f.postalCode(), f.city(), f.latitude(), f.longitude(), f.referentName(),
                f.referentEmail(), f.referentPhone());
    }

    private static Collectivite map(ResultSet rs, int row) throws SQLException {
        return new Collectivite(rs.getLong("id"), rs.getString("siren"), rs.getString("name"),
                CollectiviteKind.valueOf(rs.getString("kind")), rs.getBoolean("affiliated"),
                rs.getBoolean("own_secretariat"), rs.getString("insee_code"), rs.getString("address"),
                rs.getString("postal_code"), rs.getString("city"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                rs.getString("referent_name"), rs.getString("referent_email"), rs.getString("referent_phone"),
                rs.getObject("latest_headcount", Integer.class));
    }
}
