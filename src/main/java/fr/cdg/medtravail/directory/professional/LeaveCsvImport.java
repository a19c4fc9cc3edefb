package fr.cdg.medtravail.directory.professional;

import static fr.cdg.medtravail.csvimport.CsvColumn.oneOf;
import static fr.cdg.medtravail.csvimport.CsvColumn.required;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.springframework.stereotype.Component;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.csvimport.CsvColumn;
import fr.cdg.medtravail.csvimport.CsvImport;
import fr.cdg.medtravail.csvimport.CsvRow;
import fr.cdg.medtravail.csvimport.ImportCounts;
import fr.cdg.medtravail.csvimport.Upsert;

/** {@code POST /api/imports/leaves}: one leave a line, upserted by (professional code, start date, start half). */
@Component
class LeaveCsvImport extends CsvImport<LeaveCsvImport.Line> {

    static final CsvColumn<String> PROFESSIONAL_CODE = required("professional_code", CsvColumn::text);
    static final CsvColumn<Leave.Kind> KIND = required("kind", oneOf(Leave.Kind.class));
    static final CsvColumn<LocalDate> START_DATE = required("start_date", CsvColumn::date);
    static final CsvColumn<Half> START_HALF = required("start_half", oneOf(Half.class));
    static final CsvColumn<LocalDate> END_DATE = required("end_date", CsvColumn::date);
    static final CsvColumn<Half> END_HALF = required("end_half", oneOf(Half.class));

    /** A leave of the professional named by its code. */
    record Line(long professionalId, @Valid LeaveForm leave) {

        record Key(long professionalId, LocalDate startDate, Half startHalf) {
        }

        Key key() {
            return new Key(professionalId, leave.startDate(), leave.startHalf());
        }
    }

    private final ProfessionalService service;
    private final ProfessionalRepository professionals;

    LeaveCsvImport(ProfessionalService service, ProfessionalRepository professionals) {
        super("leaves", List.of(PROFESSIONAL_CODE.name(), START_DATE.name(), START_HALF.name()),
                PROFESSIONAL_CODE, KIND, START_DATE, START_HALF, END_DATE, END_HALF);
        this.service = service;
        this.professionals = professionals;
    }

    @Override
    protected Function<CsvRow, Line> reader() {
        var ids = service.idsByCode();
        return row -> {
            var code = row.get(PROFESSIONAL_CODE);
            var leave = new LeaveForm(row.get(KIND), row.get(START_DATE), row.get(START_HALF), row.get(END_DATE), row.get(END_HALF));
            if (code != null && !ids.containsKey(code)) {
                row.reject(PROFESSIONAL_CODE.name(), "no professional with code " + code);
            }
            return ids.containsKey(code) ? new Line(ids.get(code), leave) : null;
        };
    }

    @Override
    protected Object key(Line line) {
        return line.key();
    }

    @Override
    protected ImportCounts write(List<Line> lines) {
        var stored = new HashMap<Line.Key, Upsert.Stored<Line>>();
        for (var leave : professionals.leaves(null)) {
            var line = new Line(leave.professionalId(), new LeaveForm(leave.kind(), leave.startDate(), leave.startHalf(),
                    leave.endDate(), leave.endHalf()));
            stored.put(line.key(), new Upsert.Stored<>(leave.id(), line));
        }
        var upsert = Upsert.of(lines, stored, Line::key);
        upsert.inserts().forEach(line -> professionals.insertLeave(line.professionalId(), line.leave()));
        upsert.updates().forEach(change -> professionals.updateLeave(change.id(), change.after().leave()));
        return upsert.counts();
    }
}
