package fr.cdg.medtravail.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;

/**
 * Writes a preset's generated data as CSV files (one per table, database column names, references by natural key:
 * SIREN, professional or cabinet code), as input for import demos and benchmarks. No Spring, no database:
 *
 * <pre>
 * java -cp target/medtravail-0.1.0-SNAPSHOT.jar -Dloader.main=fr.cdg.medtravail.demo.DemoDataExport \
 *      org.springframework.boot.loader.launch.PropertiesLauncher \
 *      --preset=cig --seed=42 --communes-file=../shared/data/communes-69-92-93-94.csv --out=target/demo-cig
 * </pre>
 */
public final class DemoDataExport {

    private DemoDataExport() {
    }

    public static void main(String[] args) throws IOException {
        var options = options(args);
        var preset = Preset.valueOf(options.getOrDefault("preset", "cig").toUpperCase(Locale.ROOT));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        var communes = Optional.ofNullable(options.get("communes-file")).map(Path::of);
        var out = Path.of(options.getOrDefault("out", "demo-" + preset.name().toLowerCase(Locale.ROOT)));
        var data = new DemoDataGenerator().generate(preset, seed, communes);
        var files = write(data, out);
        System.out.println("Wrote " + files + " files of preset " + preset + " (seed " + seed + ", "
                + data.collectivites().size() + " collectivités, " + data.agents().size() + " agents) to "
                + out.toAbsolutePath().normalize());
    }

    /** Writes the CSV files into {@code directory} (created if needed) and answers how many were written. */
    public static int write(DemoData data, Path directory) throws IOException {
        Files.createDirectories(directory);
        var collectivites = data.collectivites();
        Function<Integer, String> siren = index -> index == null ? null : collectivites.get(index).siren();
        var tables = new ArrayList<Table>();
        tables.add(new Table("collectivites.csv", List.of("siren", "name", "kind", "affiliated", "own_secretariat",
                "insee_code", "address", "postal_code", "city", "latitude", "longitude", "referent_name",
                "referent_email", "referent_phone"),
                rows(collectivites, c -> cells(c.siren(), c.name(), c.kind(), c.affiliated(), c.ownSecretariat(),
                        c.inseeCode(), c.address(), c.postalCode(), c.city(), c.latitude(), c.longitude(),
                        c.referentName(), c.referentEmail(), c.referentPhone()))));
        tables.add(new Table("headcounts.csv", List.of("collectivite_siren", "year", "headcount", "declared_on"),
                children(collectivites, DemoData.Collectivite::siren, DemoData.Collectivite::headcounts,
                        h -> cells(h.year(), h.headcount(), h.declaredOn()))));
        tables.add(new Table("memberships.csv",
                List.of("collectivite_siren", "service", "start_date", "end_date", "tariff_category"),
                children(collectivites, DemoData.Collectivite::siren, DemoData.Collectivite::memberships,
                        m -> cells(m.service(), m.startDate(), m.endDate(), m.tariffCategory()))));
        tables.add(new Table("agents.csv", List.of("collectivite_siren", "matricule", "last_name", "first_name",
                "birth_date", "post", "hire_date", "administrative_post", "smp", "smp_interval_months", "last_vip_date",
                "last_doctor_visit_date"),
                rows(data.agents(), a -> cells(siren.apply(a.collectivite()), a.matricule(), a.lastName(),
                        a.firstName(), a.birthDate(), a.post(), a.hireDate(), a.administrativePost(), a.smp(),
                        a.smpIntervalMonths(), a.lastVipDate(), a.lastDoctorVisitDate()))));
        tables.add(new Table("professionals.csv", List.of("code", "kind", "last_name", "first_name", "email",
                "working_ratio", "home_address", "home_latitude", "home_longitude"),
                rows(data.professionals(), p -> cells(p.code(), p.kind(), p.lastName(), p.firstName(), p.email(),
                        p.workingRatio(), p.homeAddress(), p.homeLatitude(), p.homeLongitude()))));
        tables.add(new Table("professional_half_days.csv", List.of("professional_code", "day_of_week", "half_day"),
                children(data.professionals(), DemoData.Professional::code, DemoData.Professional::halfDays,
                        h -> cells(h.dayOfWeek(), h.half()))));
        tables.add(new Table("professional_leaves.csv",
                List.of("professional_code", "kind", "start_date", "start_half", "end_date", "end_half"),
                children(data.professionals(), DemoData.Professional::code, DemoData.Professional::leaves,
                        l -> cells(l.kind(), l.startDate(), l.startHalf(), l.endDate(), l.endHalf()))));
        tables.add(new Table("cabinets.csv", List.of("code", "name", "kind", "address", "postal_code", "city",
                "latitude", "longitude", "rooms", "owner_collectivite_siren"),
                rows(data.cabinets(), c -> cells(c.code(), c.name(), c.kind(), c.address(), c.postalCode(),
                        c.city(), c.latitude(), c.longitude(), c.rooms(), siren.apply(c.ownerCollectivite())))));
        tables.add(new Table("cabinet_openings.csv", List.of("cabinet_code", "day_of_week", "half_day"),
                children(data.cabinets(), DemoData.Cabinet::code, DemoData.Cabinet::openings,
                        h -> cells(h.dayOfWeek(), h.half()))));
        for (var table : tables) {
            var format = CSVFormat.DEFAULT.builder().setHeader(table.header().toArray(String[]::new))
                    .setRecordSeparator('\n').get();
            try (var writer = Files.newBufferedWriter(directory.resolve(table.file()), StandardCharsets.UTF_8);
                 var printer = format.print(writer)) {
                for (var row : table.rows()) {
                    printer.printRecord(row);
                }
            }
        }
        return tables.size();
    }

    private record Table(String file, List<String> header, List<List<Object>> rows) {
    }

    /** The cells of a row; null values (empty cells) are allowed, unlike in {@link List#of}. */
    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    private static <R> List<List<Object>> rows(List<R> rows, Function<R, List<Object>> values) {
        return rows.stream().map(values).toList();
    }

    private static <P, C> List<List<Object>> children(List<P> parents, Function<P, String> key,
                                                      Function<P, List<C>> children, Function<C, List<Object>> values) {
        var rows = new ArrayList<List<Object>>();
        for (var parent : parents) {
            for (var child : children.apply(parent)) {
                var row = new ArrayList<Object>();
                row.add(key.apply(parent));
                row.addAll(values.apply(child));
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (var arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg
                        + " (options: --preset=cig|cdg69 --seed=42 --communes-file=PATH --out=DIR)");
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
