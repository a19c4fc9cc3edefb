package fr.cdg.medtravail.directory.collectivite;

import static fr.cdg.medtravail.csvimport.CsvColumn.oneOf;
import static fr.cdg.medtravail.csvimport.CsvColumn.optional;
import static fr.cdg.medtravail.csvimport.CsvColumn.required;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import fr.cdg.medtravail.csvimport.CsvColumn;
import fr.cdg.medtravail.csvimport.CsvImport;
import fr.cdg.medtravail.csvimport.CsvRow;
import fr.cdg.medtravail.csvimport.ImportCounts;
import fr.cdg.medtravail.directory.DirectoryEvents;

/** {@code POST /api/imports/collectivites}: one collectivité a line, upserted by SIREN, with an optional headcount. */
@Component
class CollectiviteCsvImport extends CsvImport<CollectiviteForm> {

    static final CsvColumn<String> SIREN = required("siren", CsvColumn::text);
    static final CsvColumn<String> NAME = required("name", CsvColumn::text);
    static final CsvColumn<CollectiviteKind> KIND = required("kind", oneOf(CollectiviteKind.class));
    static final CsvColumn<Boolean> AFFILIATED = required("affiliated", CsvColumn::bool);
    static final CsvColumn<Boolean> OWN_SECRETARIAT = optional("own_secretariat", CsvColumn::bool);
    static final CsvColumn<String> INSEE_CODE = optional("insee_code", CsvColumn::text);
    static final CsvColumn<String> ADDRESS = optional("address", CsvColumn::text);
    static final CsvColumn<String> POSTAL_CODE = optional("postal_code", CsvColumn::text);
    static final CsvColumn<String> CITY = optional("city", CsvColumn::text);
    static final CsvColumn<Double> LATITUDE = required("latitude", CsvColumn::coordinate);
    static final CsvColumn<Double> LONGITUDE = required("longitude", CsvColumn::coordinate);
    static final CsvColumn<String> REFERENT_NAME = optional("referent_name", CsvColumn::text);
    static final CsvColumn<String> REFERENT_EMAIL = optional("referent_email", CsvColumn::text);
    static final CsvColumn<String> REFERENT_PHONE = optional("referent_phone", CsvColumn::text);
    static final CsvColumn<Integer> HEADCOUNT_YEAR = optional("headcount_year", CsvColumn::integer);
    static final CsvColumn<Integer> HEADCOUNT = optional("headcount", CsvColumn::integer);

    private final CollectiviteService service;
    private final CollectiviteRepository collectivites;
    private final DirectoryEvents events;

    CollectiviteCsvImport(CollectiviteService service, CollectiviteRepository collectivites, DirectoryEvents events) {
        super("collectivites", List.of(SIREN.name()),
                SIREN, NAME, KIND, AFFILIATED, OWN_SECRETARIAT, INSEE_CODE, ADDRESS, POSTAL_CODE, CITY, LATITUDE,
                LONGITUDE, REFERENT_NAME, REFERENT_EMAIL, REFERENT_PHONE, HEADCOUNT_YEAR, HEADCOUNT);
        this.service = service;
        this.collectivites = collectivites;
        this.events = events;
    }

    @Override
    protected Function<CsvRow, CollectiviteForm> reader() {
        return this::read;
    }

    private CollectiviteForm read(CsvRow row) {
        var form = new CollectiviteForm(row.get(SIREN), row.get(NAME), row.get(KIND), row.get(AFFILIATED),
                row.get(OWN_SECRETARIAT), row.get(INSEE_CODE), row.get(ADDRESS),
                row.get(POSTAL_CODE), row.get(CITY), row.get(LATITUDE), row.get(LONGITUDE), row.get(REFERENT_NAME),
                row.get(REFERENT_EMAIL), row.get(REFERENT_PHONE), row.get(HEADCOUNT_YEAR), row.get(HEADCOUNT));
        if (!row.rejected() && form.siren() != null) {
            service.rules(collectivites.idOfSiren(form.siren()).orElse(null), form).forEach(row::reject);
        }
        return form;
    }

    @Override
    protected Object key(CollectiviteForm form) {
        return form.siren();
    }

    /** A few hundred lines at most (321 employers for the CIG): written one by one, with their headcounts. */
    @Override
    protected ImportCounts write(List<CollectiviteForm> forms) {
        var stored = collectivites.storedBySiren();
        var moved = new ArrayList<Long>();
        int inserted = 0;
        int updated = 0;
        for (var form : forms) {
            var existing = stored.get(form.siren());
            var row = form.withoutHeadcount();
            if (existing == null) {
                long id = collectivites.insert(row);
                service.declareFrom(id, form);
                moved.add(id);
                inserted++;
                continue;
            }
            boolean changed = !existing.value().equals(row);
            if (changed) {
                collectivites.update(existing.id(), row);
                if (!existing.value().latitude().equals(row.latitude()) || !existing.value().longitude().equals(row.longitude())) {
                    moved.add(existing.id());
                }
            }
            if (service.declareFrom(existing.id(), form) || changed) {
                updated++;
            }
        }
        events.collectivitesChanged(moved);
        return new ImportCounts(inserted, updated, forms.size() - inserted - updated);
    }
}
