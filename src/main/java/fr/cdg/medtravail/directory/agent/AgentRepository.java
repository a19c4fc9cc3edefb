package fr.cdg.medtravail.directory.agent;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.csvimport.Upsert;
import fr.cdg.medtravail.directory.Page;

@Repository
class AgentRepository {

    private static final String INSERT = """
            INSERT INTO agent (matricule, last_name, first_name, birth_date, post, hire_date, administrative_post, smp,
                smp_interval_months, left_on, last_vip_date, last_doctor_visit_date, collectivite_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE agent SET matricule = ?, last_name = ?, first_name = ?, birth_date = ?, post = ?, hire_date = ?,
                administrative_post = ?, smp = ?, smp_interval_months = ?, left_on = ?, last_vip_date = ?,
                last_doctor_visit_date = ?, updated_at = now()
            WHERE id = ?""";
    private static final String COLUMNS = "matricule, last_name, first_name, birth_date, post, hire_date, "
            + "administrative_post, smp, smp_interval_months, left_on, last_vip_date, last_doctor_visit_date";
    /** One array parameter per column of {@link #values}; dates travel as ISO text. */
    private static final String UNNEST = "unnest(?::text[], ?::text[], ?::text[], ?::text[]::date[], ?::text[], "
            + "?::text[]::date[], ?::bool[], ?::bool[], ?::int4[]::int2[], ?::text[]::date[], ?::text[]::date[], "
            + "?::text[]::date[], ?::int8[])";
    private static final String[] ARRAY_TYPES = {"text", "text", "text", "text", "text", "text", "bool", "bool", "int4",
            "text", "text", "text", "int8"};

    private final JdbcClient jdbc;
    private final JdbcTemplate bulk;

    AgentRepository(JdbcClient jdbc, JdbcTemplate bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Agents of a collectivité by name; {@code q} matches the names or the beginning of the matricule. */
    Page<Agent> find(long collectiviteId, String q, int page, int size) {
        var condition = " WHERE collectivite_id = :collectivite";
        var params = new HashMap<String, Object>();
        params.put("collectivite", collectiviteId);
        if (q != null) {
            condition += " AND (lower(last_name || ' ' || first_name) LIKE :pattern OR lower(first_name || ' ' || last_name) LIKE :pattern"
                    + " OR lower(matricule) LIKE :prefix)";
            var escaped = q.toLowerCase().replace("%", "").replace("_", "");
            params.put("pattern", "%" + escaped + "%");
            params.put("prefix", escaped + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM agent" + condition).params(params).query(Long.class).single();
        var items = jdbc.sql("SELECT * FROM agent" + condition
                        + " ORDER BY lower(last_name), lower(first_name), matricule LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query(AgentRepository::map).list();
        return new Page<>(items, page, size, total);
    }

    /** Agents who have not left by {@code day}, of a collectivité with a preventive membership on that day. */
    List<Agent> followedOn(long collectiviteId, LocalDate day) {
        return jdbc.sql("""
                SELECT a.* FROM agent a
                WHERE a.collectivite_id = :collectivite AND (a.left_on IS NULL OR a.left_on > :day)
                  AND EXISTS (SELECT 1 FROM membership m WHERE m.collectivite_id = a.collectivite_id
                              AND m.service = 'PREVENTIVE' AND m.start_date <= :day
                              AND (m.end_date IS NULL OR m.end_date >= :day))
                ORDER BY a.id
                """).param("collectivite", collectiviteId).param("day", day).query(AgentRepository::map).list();
    }

    /** A held visit moves the last-visit dates forward, never back (a late attendance record of an older visit). */
    void recordVisit(long id, LocalDate heldOn, boolean periodic, boolean byDoctor) {
        jdbc.sql("""
                UPDATE agent SET
                    last_vip_date = CASE WHEN :periodic THEN greatest(last_vip_date, :held) ELSE last_vip_date END,
                    last_doctor_visit_date = CASE WHEN :doctor THEN greatest(last_doctor_visit_date, :held)
                                                  ELSE last_doctor_visit_date END,
                    updated_at = now()
                WHERE id = :id
                """).param("periodic", periodic).param("held", heldOn).param("doctor", byDoctor).param("id", id)
                .update();
    }

    Optional<Agent> findById(long id) {
        return jdbc.sql("SELECT * FROM agent WHERE id = ?").param(id).query(AgentRepository::map).optional();
    }

    long insert(long collectiviteId, AgentForm form) {
        return jdbc.sql(INSERT + " RETURNING id").params(values(form, collectiviteId)).query(Long.class).single();
    }

    void update(long id, AgentForm form) {
        jdbc.sql(UPDATE).params(values(form, id)).update();
    }

    int deleteAllOf(long collectiviteId) {
        return jdbc.sql("DELETE FROM agent WHERE collectivite_id = ?").param(collectiviteId).update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM agent WHERE id = ?").param(id).update() == 1;
    }

    /** The stored agents of these collectivités, keyed as an import keys its lines. */
    Map<AgentLine.Key, Upsert.Stored<AgentLine>> stored(Collection<Long> collectiviteIds) {
        var stored = new HashMap<AgentLine.Key, Upsert.Stored<AgentLine>>();
        if (!collectiviteIds.isEmpty()) {
            jdbc.sql("SELECT * FROM agent WHERE collectivite_id IN (:ids)").param("ids", collectiviteIds)
                    .query((ResultSet rs) -> {
                        var agent = map(rs, 0);
                        var line = new AgentLine(agent.collectiviteId(), agent.details());
                        stored.put(line.key(), new Upsert.Stored<>(agent.id(), line));
                    });
        }
        return stored;
    }

    /**
     * Applies an import in two statements whatever its size: every column travels as one array parameter and
     * PostgreSQL unnests them into rows, which is much faster than a JDBC batch of single-row statements.
     */
    void write(Upsert<AgentLine> upsert) {
        var inserts = upsert.inserts().stream().map(line -> values(line.agent(), line.collectiviteId())).toList();
        var updates = upsert.updates().stream().map(change -> values(change.after().agent(), change.id())).toList();
        if (!inserts.isEmpty()) {
            bulk.update("INSERT INTO agent (" + COLUMNS + ", collectivite_id) SELECT * FROM " + UNNEST,
                    ps -> bindColumns(ps, inserts));
        }
        if (!updates.isEmpty()) {
            bulk.update("UPDATE agent a SET " + Arrays.stream(COLUMNS.split(", ")).map(c -> c + " = u." + c)
                            .collect(Collectors.joining(", ")) + ", updated_at = now() FROM " + UNNEST
                            + " AS u (" + COLUMNS + ", id) WHERE a.id = u.id",
                    ps -> bindColumns(ps, updates));
        }
    }

    /** Binds column {@code i} of every row as the array parameter {@code i}, typed as {@link #UNNEST} casts it. */
    List<AgentFollowUp> followUpsOfPreventiveMembers(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT a.id, a.collectivite_id, a.hire_date, a.administrative_post, a.smp, a.smp_interval_months,
                       a.last_vip_date, a.last_doctor_visit_date, a.left_on
                FROM agent a
                WHERE EXISTS (SELECT 1 FROM membership m WHERE m.collectivite_id = a.collectivite_id
                              AND m.service = 'PREVENTIVE' AND m.start_date <= :to
                              AND (m.end_date IS NULL OR m.end_date >= :from))
                """).param("from", from).param("to", to)
                .query((rs, i) -> new AgentFollowUp(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4), rs.getBoolean(5), (Integer) rs.getObject(6, Integer.class),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class)))
                .list();
    }

    private static void bindColumns(PreparedStatement ps, List<Object[]> rows) throws SQLException {
        for (int column = 0; column < ARRAY_TYPES.length; column++) {
            var cells = new Object[rows.size()];
            for (int row = 0; row < cells.length; row++) {
                var cell = rows.get(row)[column];
                cells[row] = cell instanceof LocalDate date ? date.toString() : cell;
            }
            ps.setArray(column + 1, ps.getConnection().createArrayOf(ARRAY_TYPES[column], cells));
        }
    }

    private static Object[] values(AgentForm f, long last) {
        return new Object[] {f.matricule(), f.lastName(), f.firstName(), f.birthDate(), f.post(), f.hireDate(),
                f.administrativePost(), f.smp(), f.smpIntervalMonths(), f.leftOn(), f.lastVipDate(),
                f.lastDoctorVisitDate(), last};
    }

    private static Agent map(ResultSet rs, int row) throws SQLException {
        return new Agent(rs.getLong("id"), rs.getLong("collectivite_id"), new AgentForm(rs.getString("matricule"),
                rs.getString("last_name"), rs.getString("first_name"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("post"), rs.getObject("hire_date", LocalDate.class), rs.getBoolean("administrative_post"),
                rs.getBoolean("smp"), rs.getObject("smp_interval_months", Integer.class),
                rs.getObject("left_on", LocalDate.class), rs.getObject("last_vip_date", LocalDate.class),
                rs.getObject("last_doctor_visit_date", LocalDate.class)));
    }
}
