package fr.cdg.medtravail.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.cdg.medtravail.demo.DemoData.Agent;
import fr.cdg.medtravail.demo.DemoData.Cabinet;
import fr.cdg.medtravail.demo.DemoData.Collectivite;
import fr.cdg.medtravail.demo.DemoData.HalfDay;
import fr.cdg.medtravail.demo.DemoData.Headcount;
import fr.cdg.medtravail.demo.DemoData.Leave;
import fr.cdg.medtravail.demo.DemoData.Membership;
import fr.cdg.medtravail.demo.DemoData.Professional;

/**
 * How each generated record maps onto the columns of its table (V1__directory.sql), shared by the database loader
 * and the CSV export. References to other rows are supplied by the caller: database ids when loading, natural keys
 * (SIREN, codes) in CSV files.
 */
final class DemoTables {

    private DemoTables() {
    }

    /** A column, its PostgreSQL element type (text, int8, date, bool…) and how a row gives its value. */
    record Column<T>(String name, String type, Function<T, Object> value) {
    }

    record Table<T>(String name, List<Column<T>> columns) {
    }

    /** A child row with the reference to its parent (id or natural key). */
    record Owned<R>(Object owner, R row) {
    }

    /** How a row points to another one: the column, its type, and the value for a position in the generated lists. */
    record Reference(String column, String type, Function<Integer, Object> value) {
    }

    static final Table<Collectivite> COLLECTIVITE = new Table<>("collectivite", List.of(
            new Column<>("siren", "text", Collectivite::siren),
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
            new Column<>("referent_phone", "text", Collectivite::referentPhone)));

    static final Table<Professional> PROFESSIONAL = new Table<>("professional", List.of(
            new Column<>("code", "text", Professional::code),
            new Column<>("kind", "text", Professional::kind),
            new Column<>("last_name", "text", Professional::lastName),
            new Column<>("first_name", "text", Professional::firstName),
            new Column<>("email", "text", Professional::email),
            new Column<>("working_ratio", "numeric", Professional::workingRatio),
            new Column<>("home_address", "text", Professional::homeAddress),
            new Column<>("home_latitude", "float8", Professional::homeLatitude),
            new Column<>("home_longitude", "float8", Professional::homeLongitude)));

    static Table<Owned<Headcount>> headcounts(String ownerColumn, String ownerType) {
        return owned("collectivite_headcount", ownerColumn, ownerType, List.of(
                new Column<>("year", "int2", Headcount::year),
                new Column<>("headcount", "int4", Headcount::headcount),
                new Column<>("declared_on", "date", Headcount::declaredOn)));
    }

    static Table<Owned<Membership>> memberships(String ownerColumn, String ownerType) {
        return owned("membership", ownerColumn, ownerType, List.of(
                new Column<>("service", "text", Membership::service),
                new Column<>("start_date", "date", Membership::startDate),
                new Column<>("end_date", "date", Membership::endDate),
                new Column<>("tariff_category", "text", Membership::tariffCategory)));
    }

    static Table<Agent> agents(Reference collectivite) {
        return new Table<>("agent", List.of(
                new Column<>(collectivite.column(), collectivite.type(), a -> collectivite.value().apply(a.collectivite())),
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
                new Column<>("last_doctor_visit_date", "date", Agent::lastDoctorVisitDate)));
    }

    static Table<Owned<HalfDay>> halfDays(String table, String ownerColumn, String ownerType) {
        return owned(table, ownerColumn, ownerType, List.of(
                new Column<>("day_of_week", "int2", HalfDay::dayOfWeek),
                new Column<>("half_day", "text", HalfDay::half)));
    }

    static Table<Owned<Leave>> leaves(String ownerColumn, String ownerType) {
        return owned("professional_leave", ownerColumn, ownerType, List.of(
                new Column<>("kind", "text", Leave::kind),
                new Column<>("start_date", "date", Leave::startDate),
                new Column<>("start_half", "text", Leave::startHalf),
                new Column<>("end_date", "date", Leave::endDate),
                new Column<>("end_half", "text", Leave::endHalf)));
    }

    static Table<Cabinet> cabinets(Reference ownerCollectivite) {
        return new Table<>("cabinet", List.of(
                new Column<>("code", "text", Cabinet::code),
                new Column<>("name", "text", Cabinet::name),
                new Column<>("kind", "text", Cabinet::kind),
                new Column<>("address", "text", Cabinet::address),
                new Column<>("postal_code", "varchar", Cabinet::postalCode),
                new Column<>("city", "text", Cabinet::city),
                new Column<>("latitude", "float8", Cabinet::latitude),
                new Column<>("longitude", "float8", Cabinet::longitude),
                new Column<>("rooms", "int2", Cabinet::rooms),
                new Column<>(ownerCollectivite.column(), ownerCollectivite.type(), c -> c.ownerCollectivite() == null
                        ? null : ownerCollectivite.value().apply(c.ownerCollectivite()))));
    }

    /** The children of every parent, each with its parent's reference (same position in {@code owners}). */
    static <P, R> List<Owned<R>> owned(List<P> parents, Function<Integer, Object> owners, Function<P, List<R>> children) {
        var owned = new ArrayList<Owned<R>>();
        for (int i = 0; i < parents.size(); i++) {
            for (var child : children.apply(parents.get(i))) {
                owned.add(new Owned<>(owners.apply(i), child));
            }
        }
        return owned;
    }

    private static <R> Table<Owned<R>> owned(String table, String ownerColumn, String ownerType, List<Column<R>> columns) {
        var all = new ArrayList<Column<Owned<R>>>();
        all.add(new Column<>(ownerColumn, ownerType, Owned::owner));
        for (var column : columns) {
            all.add(new Column<>(column.name(), column.type(), owned -> column.value().apply(owned.row())));
        }
        return new Table<>(table, List.copyOf(all));
    }
}
