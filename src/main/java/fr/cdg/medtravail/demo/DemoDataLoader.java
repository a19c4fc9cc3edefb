package fr.cdg.medtravail.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.demo.DemoData.CabinetRow;
import fr.cdg.medtravail.demo.DemoData.CollectiviteRow;
import fr.cdg.medtravail.demo.DemoData.ProfessionalRow;
import fr.cdg.medtravail.demo.DemoTables.Reference;
import fr.cdg.medtravail.travel.TravelTimeRecomputation;
import fr.cdg.medtravail.travel.TravelTimeService;

/**
 * Writes generated {@link DemoData} into the directory tables in one transaction (all or nothing), with a handful
 * of bulk statements, then computes the travel-time estimates of every collectivité × cabinet pair. The natural keys
 * (SIRENs, professional and cabinet codes) must not exist yet.
 */
@Component
public class DemoDataLoader {

    /** What was written, with the ids the demo accounts are bound to. */
    public record LoadReport(int collectivites, int headcounts, int memberships, int agents, int professionals,
                             int halfDays, int leaves, int cabinets, int openings, TravelTimeRecomputation travelTimes,
                             long referentCollectiviteId, long demoProfessionalId, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final TravelTimeService travelTimes;

    DemoDataLoader(JdbcTemplate jdbc, TravelTimeService travelTimes) {
        this.jdbc = jdbc;
        this.travelTimes = travelTimes;
    }

    @Transactional
    public LoadReport load(DemoData data) {
        long start = System.nanoTime();
        var collectiviteIds = ids(new BulkInsert<>(jdbc, DemoTables.COLLECTIVITE)
                .insertReturningIds(data.collectivites(), "siren"), data.collectivites(), CollectiviteRow::siren);
        Function<Integer, Object> collectivite = index -> collectiviteIds[index];
        int headcounts = new BulkInsert<>(jdbc, DemoTables.headcounts("collectivite_id", "int8"))
                .insert(DemoTables.owned(data.collectivites(), collectivite, CollectiviteRow::headcounts));
        int memberships = new BulkInsert<>(jdbc, DemoTables.memberships("collectivite_id", "int8"))
                .insert(DemoTables.owned(data.collectivites(), collectivite, CollectiviteRow::memberships));
        int agents = new BulkInsert<>(jdbc, DemoTables.agents(new Reference("collectivite_id", "int8", collectivite)))
                .insert(data.agents());

        var professionalIds = ids(new BulkInsert<>(jdbc, DemoTables.PROFESSIONAL)
                .insertReturningIds(data.professionals(), "code"), data.professionals(), ProfessionalRow::code);
        Function<Integer, Object> professional = index -> professionalIds[index];
        int halfDays = new BulkInsert<>(jdbc, DemoTables.halfDays("professional_half_day", "professional_id", "int8"))
                .insert(DemoTables.owned(data.professionals(), professional, ProfessionalRow::halfDays));
        int leaves = new BulkInsert<>(jdbc, DemoTables.leaves("professional_id", "int8"))
                .insert(DemoTables.owned(data.professionals(), professional, ProfessionalRow::leaves));

        var cabinetIds = ids(new BulkInsert<>(jdbc,
                        DemoTables.cabinets(new Reference("owner_collectivite_id", "int8", collectivite)))
                .insertReturningIds(data.cabinets(), "code"), data.cabinets(), CabinetRow::code);
        int openings = new BulkInsert<>(jdbc, DemoTables.halfDays("cabinet_opening", "cabinet_id", "int8"))
                .insert(DemoTables.owned(data.cabinets(), index -> cabinetIds[index], CabinetRow::openings));

        var travel = travelTimes.recomputeAll();
        return new LoadReport(data.collectivites().size(), headcounts, memberships, agents, data.professionals().size(),
                halfDays, leaves, data.cabinets().size(), openings, travel,
                collectiviteIds[data.referentCollectivite()], professionalIds[data.demoProfessional()],
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Database ids in the order of the generated rows. */
    private static <P> long[] ids(Map<String, Long> idsByKey, List<P> rows, Function<P, String> key) {
        return rows.stream().mapToLong(row -> idsByKey.get(key.apply(row))).toArray();
    }
}
