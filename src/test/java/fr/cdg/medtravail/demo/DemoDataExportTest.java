package fr.cdg.medtravail.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataExportTest {

    @TempDir
    Path directory;

    @Test
    void writesOneCsvFilePerTableWithNaturalKeys() throws IOException {
        var data = new DemoDataGenerator().generate(Preset.CDG69, 3, Optional.empty(), LocalDate.of(2026, 11, 25));

        assertThat(DemoDataExport.write(data, directory)).isEqualTo(9);

        var agents = read("agent.csv");
        assertThat(agents.getHeaderNames()).startsWith("collectivite_siren", "matricule", "last_name");
        var records = agents.getRecords();
        assertThat(records).hasSize(data.agents().size());
        var first = data.agents().get(0);
        assertThat(records.get(0).get("collectivite_siren")).isEqualTo(data.collectivites().get(first.collectivite()).siren());
        assertThat(records.get(0).get("birth_date")).isEqualTo(first.birthDate().toString());
        var cabinets = read("cabinet.csv").getRecords();
        assertThat(cabinets).hasSize(data.cabinets().size());
        assertThat(cabinets).filteredOn(r -> r.get("kind").equals("TELECONSULTATION"))
                .singleElement().satisfies(r -> assertThat(r.get("latitude")).isEmpty());
        assertThat(read("collectivite.csv").getRecords()).hasSize(data.collectivites().size());
        var leaves = read("professional_leave.csv");
        assertThat(leaves.getHeaderNames()).startsWith("professional_code", "kind", "start_date");
        assertThat(leaves.getRecords()).hasSize(data.professionals().stream().mapToInt(p -> p.leaves().size()).sum());
        var office = read("cabinet.csv").getRecords().stream()
                .filter(r -> r.get("kind").equals("COLLECTIVITE_OFFICE")).findFirst().orElseThrow();
        assertThat(office.get("owner_collectivite_siren")).matches("[0-9]{9}");
    }

    @Test
    void mainTakesNamedOptions() throws IOException {
        DemoDataExport.main(new String[] {"--preset=cdg69", "--seed=5", "--out=" + directory});
        assertThat(directory.resolve("membership.csv")).isNotEmptyFile();
        assertThatThrownBy(() -> DemoDataExport.main(new String[] {"cig"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--preset=cig|cdg69");
    }

    private CSVParser read(String file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8));
    }
}
