package fr.cdg.medtravail.directory.cabinet;

import static fr.cdg.medtravail.csvimport.CsvColumn.oneOf;
import static fr.cdg.medtravail.csvimport.CsvColumn.optional;
import static fr.cdg.medtravail.csvimport.CsvColumn.required;

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
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;

/** {@code POST /api/imports/cabinets}: one cabinet a line, upserted by code; the owner is named by its SIREN. */
@Component
class CabinetCsvImport extends CsvImport<CabinetForm> {

    static final CsvColumn<String> CODE = required("code", CsvColumn::text);
    static final CsvColumn<String> NAME = required("name", CsvColumn::text);
    static final CsvColumn<CabinetKind> KIND = required("kind", oneOf(CabinetKind.class));
    static final CsvColumn<String> ADDRESS = optional("address", CsvColumn::text);
    static final CsvColumn<String> POSTAL_CODE = optional("postal_code", CsvColumn::text);
    static final CsvColumn<String> CITY = optional("city", CsvColumn::text);
    static final CsvColumn<Double> LATITUDE = optional("latitude", CsvColumn::coordinate);
    static final CsvColumn<Double> LONGITUDE = optional("longitude", CsvColumn::coordinate);
    static final CsvColumn<Integer> ROOMS = required("rooms", CsvColumn::integer);
    static final CsvColumn<String> OWNER_SIREN = optional("owner_siren", CsvColumn::text);
    static final CsvColumn<SortedSet<WeeklyHalfDay>> OPENING_HALF_DAYS = required("opening_half_days", CsvColumn::halfDays);

    private final CabinetService cabinets;
    private final CollectiviteService collectivites;

    CabinetCsvImport(CabinetService cabinets, CollectiviteService collectivites) {
        super("cabinets", List.of(CODE.name()),
                CODE, NAME, KIND, ADDRESS, POSTAL_CODE, CITY, LATITUDE, LONGITUDE, ROOMS, OWNER_SIREN, OPENING_HALF_DAYS);
        this.cabinets = cabinets;
        this.collectivites = collectivites;
    }

    @Override
    protected Function<CsvRow, CabinetForm> reader() {
        var ids = collectivites.idsBySiren();
        return row -> {
            var ownerSiren = row.get(OWNER_SIREN);
            if (ownerSiren != null && !ids.containsKey(ownerSiren)) {
                row.reject(OWNER_SIREN.name(), "no collectivité with SIREN " + ownerSiren);
            }
            var form = new CabinetForm(row.get(CODE), row.get(NAME), row.get(KIND), row.get(ADDRESS),
                    row.get(POSTAL_CODE), row.get(CITY), row.get(LATITUDE), row.get(LONGITUDE), row.get(ROOMS),
                    ownerSiren == null ? null : ids.get(ownerSiren), row.get(OPENING_HALF_DAYS));
            if (form.kind() != null && !form.isOwnerCollectiviteId()) {
                row.reject(OWNER_SIREN.name(), "an office lent by a collectivité names its owner's SIREN");
            }
            return form;
        };
    }

    @Override
    protected Object key(CabinetForm form) {
        return form.code();
    }

    @Override
    protected ImportCounts write(List<CabinetForm> forms) {
        var upsert = Upsert.of(forms, cabinets.storedByCode(), CabinetForm::code);
        cabinets.write(upsert);
        return upsert.counts();
    }
}
