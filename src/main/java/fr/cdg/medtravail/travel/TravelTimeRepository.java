package fr.cdg.medtravail.travel;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.csvimport.Upsert;

@Repository
class TravelTimeRepository {

    /** A collectivité's seat or a physical cabinet: id, position, and a postal or INSEE code for the region. */
    record Endpoint(long id, double latitude, double longitude, String code) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TravelTimeRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Collectivités, all of them when {@code ids} is null. */
    List<Endpoint> collectivites(Collection<Long> ids) {
        return jdbc.sql("""
                        SELECT id, latitude, longitude, coalesce(insee_code, postal_code) AS code FROM collectivite
                        WHERE :all OR id = ANY(:ids) ORDER BY id""")
                .param("all", ids == null).param("ids", ids == null ? new Long[0] : ids.toArray(Long[]::new))
                .query((rs, n) -> new Endpoint(rs.getLong("id"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                        rs.getString("code")))
                .list();
    }

    /** Cabinets one travels to (teleconsultation excluded), all of them when {@code ids} is null. */
    List<Endpoint> physicalCabinets(Collection<Long> ids) {
        return jdbc.sql("""
                        SELECT id, latitude, longitude, postal_code AS code FROM cabinet
                        WHERE kind <> 'TELECONSULTATION' AND (:all OR id = ANY(:ids)) ORDER BY id""")
                .param("all", ids == null).param("ids", ids == null ? new Long[0] : ids.toArray(Long[]::new))
                .query((rs, n) -> new Endpoint(rs.getLong("id"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                        rs.getString("code")))
                .list();
    }

    /**
     * Writes estimates in one statement; a pair that already has an imported MATRIX time is left untouched.
     * Returns the number of estimate rows inserted or updated.
     */
    int upsertEstimates(long[] collectiviteIds, long[] cabinetIds, int[] minutes) {
        return jdbc.sql("""
                        INSERT INTO travel_time (collectivite_id, cabinet_id, minutes, source)
                        SELECT c, k, m, 'ESTIMATE' FROM unnest(:collectivites, :cabinets, :minutes) AS t(c, k, m)
                        ON CONFLICT (collectivite_id, cabinet_id) DO UPDATE
                            SET minutes = excluded.minutes, updated_at = now()
                            WHERE travel_time.source = 'ESTIMATE'""")
                .param("collectivites", collectiviteIds).param("cabinets", cabinetIds).param("minutes", minutes)
                .update();
    }

    Map<Long, Map<Long, Integer>> minutesToCabinets(Collection<Long> collectiviteIds) {
        var minutes = new HashMap<Long, Map<Long, Integer>>();
        jdbc.sql("SELECT collectivite_id, cabinet_id, minutes FROM travel_time WHERE collectivite_id = ANY(?)")
                .param(collectiviteIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    minutes.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        return minutes;
    }

    /** A cabinet turned into teleconsultation has no travel time any more. */
    int deleteTeleconsultationEstimates() {
        return jdbc.sql("""
                        DELETE FROM travel_time t USING cabinet k
                        WHERE k.id = t.cabinet_id AND k.kind = 'TELECONSULTATION' AND t.source = 'ESTIMATE'""")
                .update();
    }

    boolean collectiviteExists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM collectivite WHERE id = ?)").param(id).query(Boolean.class).single();
    }

    List<ReachableCabinet> reachable(long collectiviteId, int maxMinutes) {
        return jdbc.sql("""
                        SELECT k.id, k.code, k.name, k.kind, k.city, t.minutes, t.source
                        FROM travel_time t JOIN cabinet k ON k.id = t.cabinet_id
                        WHERE t.collectivite_id = ? AND t.minutes <= ?
                        ORDER BY t.minutes, k.name, k.id""")
                .params(collectiviteId, maxMinutes)
                .query((rs, n) -> new ReachableCabinet(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("kind"), rs.getString("city"), rs.getInt("minutes"), rs.getString("source")))
                .list();
    }

    /** Every stored time as an import line keyed by pair; an ESTIMATE row is marked so that a matrix line replaces it. */
    Map<TravelMatrixCsvImport.Line.Key, Upsert.Stored<TravelMatrixCsvImport.Line>> storedLines() {
        var stored = new HashMap<TravelMatrixCsvImport.Line.Key, Upsert.Stored<TravelMatrixCsvImport.Line>>();
        jdbc.sql("SELECT collectivite_id, cabinet_id, minutes, source FROM travel_time").query((ResultSet rs) -> {
            var line = new TravelMatrixCsvImport.Line(rs.getLong("collectivite_id"), rs.getLong("cabinet_id"),
                    rs.getInt("minutes"), !"MATRIX".equals(rs.getString("source")));
            stored.put(line.key(), new Upsert.Stored<>(0, line));
        });
        return stored;
    }

    /** Stores measured times as MATRIX rows, which later estimates never overwrite. */
    void upsertMatrix(List<TravelMatrixCsvImport.Line> lines) {
        batch.batchUpdate("""
                INSERT INTO travel_time (collectivite_id, cabinet_id, minutes, source) VALUES (?, ?, ?, 'MATRIX')
                ON CONFLICT (collectivite_id, cabinet_id)
                DO UPDATE SET minutes = excluded.minutes, source = 'MATRIX', updated_at = now()""",
                lines.stream().map(l -> new Object[] {l.collectiviteId(), l.cabinetId(), l.minutes()}).toList());
    }
}
