package fr.cdg.medtravail.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real communes (INSEE, SIREN, coordinates) for test data, read from the shared open-data file; every call hands out
 * a commune no other test of the run has used, since all tests share one database. The demo loader uses the same
 * communes: the directory tests remove theirs after each test ({@link DirectoryTest}).
 */
public final class Communes {

    public record Commune(String insee, String siren, String name, String postalCode, double latitude, double longitude,
                          int population) {

        /** The JSON body that registers this commune as an affiliated collectivité. */
        public Map<String, Object> collectiviteBody() {
            return Map.of("siren", siren, "name", name, "kind", "COMMUNE", "affiliated", true, "inseeCode", insee,
                    "postalCode", postalCode, "city", name, "latitude", latitude, "longitude", longitude);
        }

        /** Its line in a collectivités CSV file (header {@link #CSV_HEADER}). */
        public String csvLine() {
            return String.join(";", siren, name, "COMMUNE", "oui", insee, postalCode, name, String.valueOf(latitude),
                    String.valueOf(longitude), "2026", String.valueOf(population / 60));
        }
    }

    public static final String CSV_HEADER = "siren;name;kind;affiliated;insee_code;postal_code;city;latitude;longitude;headcount_year;headcount";

    private static final Path FILE = Path.of("/work/shared/data/communes-69-92-93-94.csv");
    private static final List<Commune> ALL = load();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Communes() {
    }

    public static synchronized Commune next() {
        return ALL.get(NEXT.getAndIncrement());
    }

    /** The SIRENs handed out so far, so that tests can remove what they registered. */
    public static synchronized List<String> handedOut() {
        return ALL.subList(0, NEXT.get()).stream().map(Commune::siren).toList();
    }

    private static List<Commune> load() {
        try {
            var communes = new ArrayList<Commune>();
            var lines = Files.readAllLines(FILE);
            for (var line : lines.subList(1, lines.size())) {
                var f = line.split(",");
                if (f[1].isEmpty()) {
                    continue; // a few communes (new communes, 69159) have no SIREN in the file
                }
                communes.add(new Commune(f[0], f[1], f[2], f[4], Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                        Integer.parseInt(f[7])));
            }
            return communes;
        } catch (IOException e) {
            throw new UncheckedIOException("the shared communes file is needed by the directory tests", e);
        }
    }
}
