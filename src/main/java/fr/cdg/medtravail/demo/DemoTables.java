package fr.cdg.medtravail.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.cdg.medtravail.demo.DemoData.AgentRow;
import fr.cdg.medtravail.demo.DemoData.CabinetRow;
import fr.cdg.medtravail.demo.DemoData.CollectiviteRow;
import fr.cdg.medtravail.demo.DemoData.HalfDayRow;
import fr.cdg.medtravail.demo.DemoData.HeadcountRow;
import fr.cdg.medtravail.demo.DemoData.LeaveRow;
import fr.cdg.medtravail.demo.DemoData.MembershipRow;
import fr.cdg.medtravail.demo.DemoData.ProfessionalRow;

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

    static final Table<CollectiviteRow> COLLECTIVITE = new Table<>("collectivite", List.of(
            new Column<>("siren", "text", CollectiviteRow::siren),
            new Column<>("name", "text", CollectiviteRow::name),
            new Column<>("kind", "text", CollectiviteRow::kind),
            new Column<>("affiliated", "bool", CollectiviteRow::affiliated),
            new Column<>("own_secretariat", "bool", CollectiviteRow::ownSecretariat),
            new Column<>("insee_code", "varchar", CollectiviteRow::inseeCode),
            new Column<>("address", "text", CollectiviteRow::address),
            new Column<>("postal_code", "varchar", CollectiviteRow::postalCode),
            new Column<>("city", "text", CollectiviteRow::city),
            new Column<>("latitude", "float8", CollectiviteRow::latitude),
            new Column<>("longitude", "float8", CollectiviteRow::longitude),
            new Column<>("referent_name", "text", CollectiviteRow::referentName),
            new Column<>("referent_email", "text", CollectiviteRow::referentEmail),
            new Column<>("referent_phone", "text", CollectiviteRow::referentPhone)));

    static final Table<ProfessionalRow> PROFESSIONAL = new Table<>("professional", List.of(
            new Column<>("code", "text", ProfessionalRow::code),
            new Column<>("kind", "text", ProfessionalRow::kind),
            new Column<>("last_name", "text", ProfessionalRow::lastName),
            new Column<>("first_name", "text", ProfessionalRow::firstName),
            new Column<>("email", "text", ProfessionalRow::email),
            new Column<>("working_ratio", "numeric", ProfessionalRow::workingRatio),
            new Column<>("home_address", "text", ProfessionalRow::homeAddress),
            new Column<>("home_latitude", "float8", ProfessionalRow::homeLatitude),
            new Column<>("home_longitude", "float8", ProfessionalRow::homeLongitude)));

    static Table<Owned<HeadcountRow>> headcounts(String ownerColumn, String ownerType) {
        return owned("collectivite_headcount", ownerColumn, ownerType, List.of(
                new Column<>("year", "int2", HeadcountRow::year),
                new Column<>("headcount", "int4", HeadcountRow::headcount),
                new Column<>("declared_on", "date", HeadcountRow::declaredOn)));
    }

    static Table<Owned<MembershipRow>> memberships(String ownerColumn, String ownerType) {
        return owned("membership", ownerColumn, ownerType, List.of(
                new Column<>("service", "text", MembershipRow::service),
                new Column<>("start_date", "date", MembershipRow::startDate),
                new Column<>("end_date", "date", MembershipRow::endDate),
                new Column<>("tariff_category", "text", MembershipRow::tariffCategory)));
    }

    static Table<AgentRow> agents(Reference collectivite) {
        return new Table<>("agent", List.of(
                new Column<>(collectivite.column(), collectivite.type(), a -> collectivite.value().apply(a.collectivite())),
                new Column<>("matricule", "text", AgentRow::matricule),
                new Column<>("last_name", "text", AgentRow::lastName),
                new Column<>("first_name", "text", AgentRow::firstName),
                new Column<>("birth_date", "date", AgentRow::birthDate),
                new Column<>("post", "text", AgentRow::post),
                new Column<>("hire_date", "date", AgentRow::hireDate),
                new Column<>("administrative_post", "bool", AgentRow::administrativePost),
                new Column<>("smp", "bool", AgentRow::smp),
                new Column<>("smp_interval_months", "int2", AgentRow::smpIntervalMonths),
                new Column<>("last_vip_date", "date", AgentRow::lastVipDate),
                new Column<>("last_doctor_visit_date", "date", AgentRow::lastDoctorVisitDate)));
    }

    static Table<Owned<HalfDayRow>> halfDays(String table, String ownerColumn, String ownerType) {
        return owned(table, ownerColumn, ownerType, List.of(
                new Column<>("day_of_week", "int2", HalfDayRow::dayOfWeek),
                new Column<>("half_day", "text", HalfDayRow::half)));
    }

    static Table<Owned<LeaveRow>> leaves(String ownerColumn, String ownerType) {
        return owned("professional_leave", ownerColumn, ownerType, List.of(
                new Column<>("kind", "text", LeaveRow::kind),
                new Column<>("start_date", "date", LeaveRow::startDate),
                new Column<>("start_half", "text", LeaveRow::startHalf),
                new Column<>("end_date", "date", LeaveRow::endDate),
                new Column<>("end_half", "text", LeaveRow::endHalf)));
    }

    static Table<CabinetRow> cabinets(Reference ownerCollectivite) {
        return new Table<>("cabinet", List.of(
                new Column<>("code", "text", CabinetRow::code),
                new Column<>("name", "text", CabinetRow::name),
                new Column<>("kind", "text", CabinetRow::kind),
                new Column<>("address", "text", CabinetRow::address),
                new Column<>("postal_code", "varchar", CabinetRow::postalCode),
                new Column<>("city", "text", CabinetRow::city),
                new Column<>("latitude", "float8", CabinetRow::latitude),
                new Column<>("longitude", "float8", CabinetRow::longitude),
                new Column<>("rooms", "int2", CabinetRow::rooms),
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
