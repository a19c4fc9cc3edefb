package fr.cdg.medtravail.directory.agent;

import static fr.cdg.medtravail.csvimport.CsvColumn.optional;
import static fr.cdg.medtravail.csvimport.CsvColumn.required;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.cdg.medtravail.csvimport.CsvColumn;
import fr.cdg.medtravail.csvimport.CsvImport;
import fr.cdg.medtravail.csvimport.CsvRow;
import fr.cdg.medtravail.csvimport.ImportCounts;
import fr.cdg.medtravail.csvimport.Upsert;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;

/** {@code POST /api/imports/agents}: one agent a line, upserted by (SIREN of the collectivité, matricule). */
@Component
class AgentCsvImport extends CsvImport<AgentLine> {

    static final CsvColumn<String> SIREN = required("siren", CsvColumn::text);
    static final CsvColumn<String> MATRICULE = required("matricule", CsvColumn::text);
    static final CsvColumn<String> LAST_NAME = required("last_name", CsvColumn::text);
    static final CsvColumn<String> FIRST_NAME = required("first_name", CsvColumn::text);
    static final CsvColumn<LocalDate> BIRTH_DATE = required("birth_date", CsvColumn::date);
    static final CsvColumn<String> POST = required("post", CsvColumn::text);
    static final CsvColumn<LocalDate> HIRE_DATE = required("hire_date", CsvColumn::date);
    static final CsvColumn<Boolean> ADMINISTRATIVE_POST = optional("administrative_post", CsvColumn::bool);
    static final CsvColumn<Boolean> SMP = optional("smp", CsvColumn::bool);
    static final CsvColumn<Integer> SMP_INTERVAL_MONTHS = optional("smp_interval_months", CsvColumn::integer);
    static final CsvColumn<LocalDate> LEFT_ON = optional("left_on", CsvColumn::date);
    static final CsvColumn<LocalDate> LAST_VIP_DATE = optional("last_vip_date", CsvColumn::date);
    static final CsvColumn<LocalDate> LAST_DOCTOR_VISIT_DATE = optional("last_doctor_visit_date", CsvColumn::date);

    private final CollectiviteService collectivites;
    private final AgentRepository agents;

    AgentCsvImport(CollectiviteService collectivites, AgentRepository agents) {
        super("agents", List.of(SIREN.name(), MATRICULE.name()),
                SIREN, MATRICULE, LAST_NAME, FIRST_NAME, BIRTH_DATE, POST, HIRE_DATE, ADMINISTRATIVE_POST, SMP,
                SMP_INTERVAL_MONTHS, LEFT_ON, LAST_VIP_DATE, LAST_DOCTOR_VISIT_DATE);
        this.collectivites = collectivites;
        this.agents = agents;
    }

    @Override
    protected Function<CsvRow, AgentLine> reader() {
        var ids = collectivites.idsBySiren();
        return row -> {
            var siren = row.get(SIREN);
            var collectiviteId = siren == null ? null : ids.get(siren);
            if (siren != null && collectiviteId == null) {
                row.reject(SIREN.name(), "no collectivité with SIREN " + siren + " (import the collectivités first)");
            }
            var agent = new AgentForm(row.get(MATRICULE), row.get(LAST_NAME), row.get(FIRST_NAME), row.get(BIRTH_DATE),
                    row.get(POST), row.get(HIRE_DATE), row.get(ADMINISTRATIVE_POST),
                    row.get(SMP), row.get(SMP_INTERVAL_MONTHS), row.get(LEFT_ON),
                    row.get(LAST_VIP_DATE), row.get(LAST_DOCTOR_VISIT_DATE));
            return collectiviteId == null ? null : new AgentLine(collectiviteId, agent);
        };
    }

    @Override
    protected Object key(AgentLine line) {
        return line.key();
    }

    @Override
    protected Long collectiviteOf(AgentLine line) {
        return line.collectiviteId();
    }

    @Override
    protected ImportCounts write(List<AgentLine> lines) {
        var collectiviteIds = lines.stream().map(AgentLine::collectiviteId).collect(Collectors.toSet());
        var upsert = Upsert.of(lines, agents.stored(collectiviteIds), AgentLine::key);
        agents.write(upsert);
        return upsert.counts();
    }
}
