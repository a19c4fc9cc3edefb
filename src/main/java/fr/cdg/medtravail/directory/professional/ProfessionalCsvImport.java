package fr.cdg.medtravail.directory.professional;

import static fr.cdg.medtravail.csvimport.CsvColumn.oneOf;
import static fr.cdg.medtravail.csvimport.CsvColumn.optional;
import static fr.cdg.medtravail.csvimport.CsvColumn.required;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.csvimport.CsvColumn;
import fr.cdg.medtravail.csvimport.CsvImport;
import fr.cdg.medtravail.csvimport.CsvRow;
import fr.cdg.medtravail.csvimport.ImportCounts;
import fr.cdg.medtravail.csvimport.Upsert;

/** {@code POST /api/imports/professionals}: one professional a line, upserted by code. */
@Component
class ProfessionalCsvImport extends CsvImport<ProfessionalForm> {

    static final CsvColumn<String> CODE = required("code", CsvColumn::text);
    static final CsvColumn<ProfessionalKind> KIND = required("kind", oneOf(ProfessionalKind.class));
    static final CsvColumn<String> LAST_NAME = required("last_name", CsvColumn::text);
    static final CsvColumn<String> FIRST_NAME = required("first_name", CsvColumn::text);
    static final CsvColumn<String> EMAIL = optional("email", CsvColumn::text);
    static final CsvColumn<BigDecimal> WORKING_RATIO = required("working_ratio", CsvColumn::decimal);
    static final CsvColumn<String> HOME_ADDRESS = optional("home_address", CsvColumn::text);
    static final CsvColumn<Double> HOME_LATITUDE = required("home_latitude", CsvColumn::coordinate);
    static final CsvColumn<Double> HOME_LONGITUDE = required("home_longitude", CsvColumn::coordinate);
    static final CsvColumn<Boolean> ACTIVE = optional("active", CsvColumn::bool);
    static final CsvColumn<SortedSet<WeeklyHalfDay>> WEEKLY_HALF_DAYS = required("weekly_half_days", CsvColumn::halfDays);

    private final ProfessionalRepository professionals;

    ProfessionalCsvImport(ProfessionalRepository professionals) {
        super("professionals", List.of(CODE.name()),
                CODE, KIND, LAST_NAME, FIRST_NAME, EMAIL, WORKING_RATIO, HOME_ADDRESS, HOME_LATITUDE,
                HOME_LONGITUDE, ACTIVE, WEEKLY_HALF_DAYS);
        this.professionals = professionals;
    }

    @Override
    protected Function<CsvRow, ProfessionalForm> reader() {
        return row -> new ProfessionalForm(row.get(CODE), row.get(KIND), row.get(LAST_NAME), row.get(FIRST_NAME),
                row.get(EMAIL), row.get(WORKING_RATIO), row.get(HOME_ADDRESS), row.get(HOME_LATITUDE),
                row.get(HOME_LONGITUDE), row.get(ACTIVE), row.get(WEEKLY_HALF_DAYS));
    }

    @Override
    protected Object key(ProfessionalForm form) {
        return form.code();
    }

    /** A few dozen lines: written one by one with their half-days. */
    @Override
    protected ImportCounts write(List<ProfessionalForm> forms) {
        var upsert = Upsert.of(forms, professionals.storedByCode(), ProfessionalForm::code);
        upsert.inserts().forEach(professionals::insert);
        upsert.updates().forEach(change -> professionals.update(change.id(), change.after()));
        return upsert.counts();
    }
}
