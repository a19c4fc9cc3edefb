package fr.cdg.medtravail.travel;

import static fr.cdg.medtravail.csvimport.CsvColumn.required;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.stereotype.Component;

import fr.cdg.medtravail.csvimport.CsvColumn;
import fr.cdg.medtravail.csvimport.CsvImport;
import fr.cdg.medtravail.csvimport.CsvRow;
import fr.cdg.medtravail.csvimport.ImportCounts;
import fr.cdg.medtravail.csvimport.Upsert;
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
    private final TravelTimeRepository travelTimes;

    TravelMatrixCsvImport(CollectiviteService collectivites, CabinetService cabinets, TravelTimeRepository travelTimes) {
        super("travel-times", List.of(FROM.name(), TO.name()), FROM, TO, MINUTES);
        this.collectivites = collectivites;
        this.cabinets = cabinets;
        this.travelTimes = travelTimes;
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
        var upsert = Upsert.of(lines, travelTimes.storedLines(), Line::key);
        var changed = upsert.updates().stream().map(Upsert.Change::after);
        travelTimes.upsertMatrix(Stream.concat(upsert.inserts().stream(), changed).toList());
        return upsert.counts();
    }
}
