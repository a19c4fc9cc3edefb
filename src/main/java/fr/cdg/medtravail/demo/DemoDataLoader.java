package fr.cdg.medtravail.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.cdg.medtravail.demo.BulkInsert.Column;
import fr.cdg.medtravail.demo.DemoData.Agent;
import fr.cdg.medtravail.demo.DemoData.Cabinet;
import fr.cdg.medtravail.demo.DemoData.Collectivite;
import fr.cdg.medtravail.demo.DemoData.HalfDay;
import fr.cdg.medtravail.demo.DemoData.Headcount;
import fr.cdg.medtravail.demo.DemoData.Leave;
import fr.cdg.medtravail.demo.DemoData.Membership;
import fr.cdg.medtravail.demo.DemoData.Professional;
import fr.cdg.medtravail.travel.TravelTimeRecomputation;
import fr.cdg.medtravail.travel.TravelTimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

    /** A child row with the database id of its parent. */
    private record Owned<R>(long ownerId, R row) {
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
        var collectiviteIds = ids(new BulkInsert<>(jdbc, "collectivite",
                        new Column<Collectivite>("siren", "text", Collectivite::siren),
                        new Column<>("name", "text", Collectivite::name),
                        new Column<>("kind", "text", Collectivite::kind),
                        new Column<>("affiliated", "bool", Collectivite::affiliated),
                        new Column<>("own_secretariat", "bool", Collectivite::ownSecretariat),
                        new Column<>("insee_code", "varchar", Collectivite::inseeCode),
                        new Column<>("address", "text", Collectivite::address),
                        new Column<>("postal_code", "varchar", Collectivite::postalCode),
                        new Column<>("city", "text", Collectivite::city),
                        new Column<>("latitude", "float8", Collectivite::latitude),
                        new Column<>("longitude", "float8", Collectivite::longitude),
                        new Column<>("referent_name", "text", Collectivite::referentName),
                        new Column<>("referent_email", "text", Collectivite::referentEmail),
                        new Column<>("referent_phone", "text", Collectivite::referentPhone))
                        .insertReturningIds(data.collectivites(), "siren"),
                data.collectivites(), Collectivite::siren);
        int headcounts = new BulkInsert<>(jdbc, "collectivite_headcount",
                new Column<Owned<Headcount>>("collectivite_id", "int8", Owned::ownerId),
                new Column<>("year", "int2", o -> o.row().year()),
                new Column<>("headcount", "int4", o -> o.row().headcount()),
                new Column<>("declared_on", "date", o -> o.row().declaredOn()))
                .insert(owned(data.collectivites(), collectiviteIds, Collectivite::headcounts));
        int memberships = new BulkInsert<>(jdbc, "membership",
                new Column<Owned<Membership>>("collectivite_id", "int8", Owned::ownerId),
                new Column<>("service", "text", o -> o.row().service()),
                new Column<>("start_date", "date", o -> o.row().startDate()),
                new Column<>("end_date", "date", o -> o.row().endDate()),
                new Column<>("tariff_category", "text", o -> o.row().tariffCategory()))
                .insert(owned(data.collectivites(), collectiviteIds, Collectivite::memberships));
        int agents = new BulkInsert<>(jdbc, "agent",
                new Column<Agent>("collectivite_id", "int8", a -> collectiviteIds[a.collectivite()]),
                new Column<>("matricule", "text", Agent::matricule),
                new Column<>("last_name", "text", Agent::lastName),
                new Column<>("first_name", "text", Agent::firstName),
                new Column<>("birth_date", "date", Agent::birthDate),
                new Column<>("post", "text", Agent::post),
                new Column<>("hire_date", "date", Agent::hireDate),
                new Column<>("administrative_post", "bool", Agent::administrativePost),
                new Column<>("smp", "bool", Agent::smp),
                new Column<>("smp_interval_months", "int2", Agent::smpIntervalMonths),
                new Column<>("last_vip_date", "date", Agent::lastVipDate),
                new Column<>("last_doctor_visit_date", "date", Agent::lastDoctorVisitDate))
                .insert(data.agents());

        var professionalIds = ids(new BulkInsert<>(jdbc, "professional",
                        new Column<Professional>("code", "text", Professional::code),
                        new Column<>("kind", "text", Professional::kind),
                        new Column<>("last_name", "text", Professional::lastName),
                        new Column<>("first_name", "text", Professional::firstName),
                        new Column<>("email", "text", Professional::email),
                        new Column<>("working_ratio", "numeric", Professional::workingRatio),
                        new Column<>("home_address", "text", Professional::homeAddress),
                        new Column<>("home_latitude", "float8", Professional::homeLatitude),
                        new Column<>("home_longitude", "float8", Professional::homeLongitude))
                        .insertReturningIds(data.professionals(), "code"),
                data.professionals(), Professional::code);
        int halfDays = halfDays("professional_half_day", "professional_id",
                owned(data.professionals(), professionalIds, Professional::halfDays));
        int leaves = new BulkInsert<>(jdbc, "professional_leave",
                new Column<Owned<Leave>>("professional_id", "int8", Owned::ownerId),
                new Column<>("kind", "text", o -> o.row().kind()),
                new Column<>("start_date", "date", o -> o.row().startDate()),
                new Column<>("start_half", "text", o -> o.row().startHalf()),
                new Column<>("end_date", "date", o -> o.row().endDate()),
                new Column<>("end_half", "text", o -> o.row().endHalf()))
                .insert(owned(data.professionals(), professionalIds, Professional::leaves));

        var cabinetIds = ids(new BulkInsert<>(jdbc, "cabinet",
                        new Column<Cabinet>("code", "text", Cabinet::code),
                        new Column<>("name", "text", Cabinet::name),
                        new Column<>("kind", "text", Cabinet::kind),
                        new Column<>("address", "text", Cabinet::address),
                        new Column<>("postal_code", "varchar", Cabinet::postalCode),
                        new Column<>("city", "text", Cabinet::city),
                        new Column<>("latitude", "float8", Cabinet::latitude),
                        new Column<>("longitude", "float8", Cabinet::longitude),
                        new Column<>("rooms", "int2", Cabinet::rooms),
                        new Column<>("owner_collectivite_id", "int8",
                                c -> c.ownerCollectivite() == null ? null : collectiviteIds[c.ownerCollectivite()]))
                        .insertReturningIds(data.cabinets(), "code"),
                data.cabinets(), Cabinet::code);
        int openings = halfDays("cabinet_opening", "cabinet_id", owned(data.cabinets(), cabinetIds, Cabinet::openings));

        var travel = travelTimes.recomputeAll();
        return new LoadReport(data.collectivites().size(), headcounts, memberships, agents, data.professionals().size(),
                halfDays, leaves, data.cabinets().size(), openings, travel,
                collectiviteIds[data.referentCollectivite()], professionalIds[data.demoProfessional()],
                (System.nanoTime() - start) / 1_000_000);
    }

    private int halfDays(String table, String ownerColumn, List<Owned<HalfDay>> rows) {
        return new BulkInsert<>(jdbc, table,
                new Column<Owned<HalfDay>>(ownerColumn, "int8", Owned::ownerId),
                new Column<>("day_of_week", "int2", o -> o.row().dayOfWeek()),
                new Column<>("half_day", "text", o -> o.row().half()))
                .insert(rows);
    }

    /** Database ids in the order of the generated rows. */
    private static <P> long[] ids(Map<String, Long> idsByKey, List<P> rows, Function<P, String> key) {
        return rows.stream().mapToLong(row -> idsByKey.get(key.apply(row))).toArray();
    }

    private static <P, R> List<Owned<R>> owned(List<P> parents, long[] ids, Function<P, List<R>> children) {
        var owned = new ArrayList<Owned<R>>();
        for (int i = 0; i < parents.size(); i++) {
            for (var child : children.apply(parents.get(i))) {
                owned.add(new Owned<>(ids[i], child));
            }
        }
        return owned;
    }
}
