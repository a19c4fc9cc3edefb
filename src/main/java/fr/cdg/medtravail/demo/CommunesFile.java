package fr.cdg.medtravail.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the real geography (INSEE codes, SIRENs, positions, populations) from a communes CSV file. */
final class CommunesFile {

    private CommunesFile() {
    }

    static List<Commune> read(Path path) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             var parser = format.parse(reader)) {
            var communes = new ArrayList<Commune>();
            for (CSVRecord record : parser) {
                communes.add(new Commune(record.get("insee"), record.get("siren"), record.get("name"),
                        record.get("departement"), record.get("postal_code"),
                        Double.parseDouble(record.get("lat")), Double.parseDouble(record.get("lng")),
                        Integer.parseInt(record.get("population_2021"))));
            }
            return communes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read communes file " + path, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("communes file " + path + " is not in the expected format "
                    + "(insee,siren,name,departement,postal_code,lat,lng,population_2021): " + e.getMessage(), e);
        }
    }
}
