package fr.cdg.medtravail.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;

import fr.cdg.medtravail.demo.DemoTables.Column;
import fr.cdg.medtravail.demo.DemoTables.Reference;
import fr.cdg.medtravail.demo.DemoTables.Table;

/**
 * Writes a preset's generated data as CSV files, one per table named after it ({@code collectivite.csv},
 * {@code agent.csv}…), with the database column names; references are natural keys ({@code collectivite_siren},
 * {@code professional_code}, {@code cabinet_code}, {@code owner_collectivite_siren}) instead of ids. Input for import
 * demos and benchmarks. No Spring, no database:
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
        var professionals = data.professionals();
        var cabinets = data.cabinets();
        var siren = new Reference("collectivite_siren", "text", index -> collectivites.get(index).siren());
        Function<Integer, Object> code = index -> professionals.get(index).code();
        int files = 0;
        files += write(directory, DemoTables.COLLECTIVITE, collectivites);
        files += write(directory, DemoTables.headcounts(siren.column(), "text"),
                DemoTables.owned(collectivites, siren.value(), DemoData.CollectiviteRow::headcounts));
        files += write(directory, DemoTables.memberships(siren.column(), "text"),
                DemoTables.owned(collectivites, siren.value(), DemoData.CollectiviteRow::memberships));
        files += write(directory, DemoTables.agents(siren), data.agents());
        files += write(directory, DemoTables.PROFESSIONAL, professionals);
        files += write(directory, DemoTables.halfDays("professional_half_day", "professional_code", "text"),
                DemoTables.owned(professionals, code, DemoData.ProfessionalRow::halfDays));
        files += write(directory, DemoTables.leaves("professional_code", "text"),
                DemoTables.owned(professionals, code, DemoData.ProfessionalRow::leaves));
        files += write(directory, DemoTables.cabinets(
                new Reference("owner_collectivite_siren", "text", siren.value())), cabinets);
        files += write(directory, DemoTables.halfDays("cabinet_opening", "cabinet_code", "text"),
                DemoTables.owned(cabinets, index -> cabinets.get(index).code(), DemoData.CabinetRow::openings));
        return files;
    }

    /** One file per table, named after it; a null value is an empty cell. */
    private static <T> int write(Path directory, Table<T> table, List<T> rows) throws IOException {
        var format = CSVFormat.DEFAULT.builder()
                .setHeader(table.columns().stream().map(Column::name).toArray(String[]::new))
                .setRecordSeparator('\n').get();
        try (var writer = Files.newBufferedWriter(directory.resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
             var printer = format.print(writer)) {
            for (var row : rows) {
                for (var column : table.columns()) {
                    printer.print(column.value().apply(row));
                }
                printer.println();
            }
        }
        return 1;
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
