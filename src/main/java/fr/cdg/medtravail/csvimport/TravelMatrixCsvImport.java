package fr.cdg.medtravail.csvimport;

import static fr.cdg.medtravail.csvimport.CsvColumn.required;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cdg.medtravail.directory.cabinet.CabinetService;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;

/**
 * {@code POST /api/imports/travel-times}: measured travel times {@code from;to;minutes} from a collectivité (SIREN) to
 * a cabinet (code). They are stored as MATRIX rows, which the coordinate estimates never overwrite.
 */
@Component
class TravelMatrixCsvImport extends CsvImport<TravelMatrixCsvImport.Line> {

    static final CsvColumn<String> FROM = required("from", CsvColumn::text);
    static final CsvColumn<String> TO = required("to", CsvColumn::text);
    static final CsvColumn<Integer> MINUTES = required("minutes", CsvColumn::integer);

    /** A travel time; {@code estimate} marks a stored ESTIMATE row, which a matrix line always replaces. */
    record Line(long collectiviteId, long cabinetId, @Min(0) @Max(1440) int minutes, boolean estimate) {

        record Key(long collectiviteId, long cabinetId) {
        }

        Key key() {
            return new Key(collectiviteId, cabinetId);
        }
    }

    private final CollectiviteService collectivites;
    private final CabinetService cabinets;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TravelMatrixCsvImport(CollectiviteService collectivites, CabinetService cabinets, JdbcClient jdbc, JdbcTemplate batch) {
        super("travel-times", List.of(FROM.name(), TO.name()),
                FROM, TO, MINUTES);
        this.collectivites = collectivites;
        this.cabinets = cabinets;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    protected Function<CsvRow, Line> reader() {
        var collectiviteIds = collectivites.idsBySiren();
        var cabinetIds = cabinets.idsByCode();
        return row -> {
            var from = collectiviteIds.get(row.get(FROM));
            var to = cabinetIds.get(row.get(TO));
            var minutes = row.get(MINUTES);
            if (from == null && !row.rejected()) {
                row.reject(FROM.name(), "no collectivité with this SIREN");
            }
            if (to == null && !row.rejected()) {
                row.reject(TO.name(), "no cabinet with this code");
            }
            return row.rejected() ? null : new Line(from, to, minutes, false);
        };
    }

    @Override
    protected Object key(Line line) {
        return line.key();
    }

    @Override
    protected Long collectiviteOf(Line line) {
        return line.collectiviteId();
    }

    @Override
    protected ImportCounts write(List<Line> lines) {
        var stored = new HashMap<Line.Key, Upsert.Stored<Line>>();
        jdbc.sql("SELECT collectivite_id, cabinet_id, minutes, source FROM travel_time").query((ResultSet rs) -> {
            var line = new Line(rs.getLong("collectivite_id"), rs.getLong("cabinet_id"), rs.getInt("minutes"),
                    !"MATRIX".equals(rs.getString("source")));
            stored.put(line.key(), new Upsert.Stored<>(0, line));
        });
        var upsert = Upsert.of(lines, stored, Line::key);
        var rows = new ArrayList<Object[]>();
        upsert.inserts().forEach(line -> rows.add(new Object[] {line.collectiviteId(), line.cabinetId(), line.minutes()}));
        upsert.updates().forEach(change -> rows.add(new Object[] {change.after().collectiviteId(), change.after().cabinetId(),
                change.after().minutes()}));
        batch.batchUpdate("""
                INSERT INTO travel_time (collectivite_id, cabinet_id, minutes, source) VALUES (?, ?, ?, 'MATRIX')
                ON CONFLICT (collectivite_id, cabinet_id)
                DO UPDATE SET minutes = excluded.minutes, source = 'MATRIX', updated_at = now()""", rows);
        return upsert.counts();
    }
}
