package fr.cdg.medtravail.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import fr.cdg.medtravail.directory.Communes;
import fr.cdg.medtravail.directory.Communes.Commune;
import fr.cdg.medtravail.directory.DirectoryChangedEvent;
import fr.cdg.medtravail.directory.DirectoryTest;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.web.InvalidInputException;

@RecordApplicationEvents
class CsvImportTest extends DirectoryTest {

    @Autowired
    CsvImportService imports;

    @Autowired
    ApplicationEvents events;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private RestTestClient.ResponseSpec post(String kind, String csv) {
        return as(Role.SECRETARIAT).post().uri("/api/imports/{kind}", kind)
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .exchange();
    }

    private void expectCounts(String kind, String csv, int inserted, int updated, int unchanged) {
        post(kind, csv).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.kind").isEqualTo(kind)
                .jsonPath("$.inserted").isEqualTo(inserted)
                .jsonPath("$.updated").isEqualTo(updated)
                .jsonPath("$.unchanged").isEqualTo(unchanged);
    }

    private static String collectivitesFile(Commune... communes) {
        return Stream.concat(Stream.of(Communes.CSV_HEADER), Stream.of(communes).map(Commune::csvLine))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private long sirensStored(Commune... communes) {
        return jdbc.sql("SELECT count(*) FROM collectivite WHERE siren IN (:sirens)")
                .param("sirens", Stream.of(communes).map(Commune::siren).toList()).query(Long.class).single();
    }

    @Test
    void importsCollectivitesAndAReimportChangesNothing() {
        var a = Communes.next();
        var b = Communes.next();
        var c = Communes.next();
        var file = collectivitesFile(a, b, c);
        expectCounts("collectivites", file, 3, 0, 0);
        expectCounts("collectivites", file, 0, 0, 3);
        expectCounts("collectivites", file.replace(b.name() + ";COMMUNE", "Ville de " + b.name() + ";COMMUNE"), 0, 1, 2);
        assertThat(jdbc.sql("SELECT headcount FROM collectivite_headcount h JOIN collectivite c ON c.id = h.collectivite_id"
                + " WHERE c.siren = ? AND year = 2026").param(a.siren()).query(Integer.class).single())
                .isEqualTo(a.population() / 60);
    }

    @Test
    void refusesAFileWithOneBadLineAndWritesNothing() {
        var a = Communes.next();
        var b = Communes.next();
        var c = Communes.next();
        var badSiren = b.siren().substring(0, 8) + ((b.siren().charAt(8) - '0' + 1) % 10);
        var file = collectivitesFile(a, b, c).replace(b.siren(), badSiren);
        long before = countCollectivites();

        post("collectivites", file).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].line").isEqualTo(3)
                .jsonPath("$.errors[0].field").isEqualTo("siren")
                .jsonPath("$.errors[0].message").isEqualTo("must be a SIREN: 9 digits with a valid checksum");
        assertThat(countCollectivites()).isEqualTo(before);
        assertThat(sirensStored(a, c)).isZero();

        post("collectivites", collectivitesFile(a, b, c).replace(";" + c.latitude() + ";", ";north;")
                        .replace(a.siren() + ";" + a.name(), a.siren() + ";"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].line").isEqualTo(2)
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[1].line").isEqualTo(4)
                .jsonPath("$.errors[1].field").isEqualTo("latitude");
        assertThat(sirensStored(a, b, c)).isZero();
    }

    @Test
    void namesMissingAndUnknownColumns() {
        var a = Communes.next();
        var file = collectivitesFile(a).replace(";latitude;", ";lattitude;").replace("siren;name;", "siren;nom;");
        post("collectivites", file).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'nom')].message").value(messages ->
                        assertThat(messages.toString()).contains("unknown column"))
                .jsonPath("$.errors[?(@.field == 'lattitude')].line").isEqualTo(List.of(1))
                .jsonPath("$.errors[?(@.field == 'name')].message").isEqualTo(List.of("missing column"))
                .jsonPath("$.errors[?(@.field == 'latitude')].message").isEqualTo(List.of("missing column"));
        post("collectivites", "").expectStatus().isBadRequest();
        assertThat(sirensStored(a)).isZero();
    }

    @Test
    void acceptsAByteOrderMarkCommasAndAMultipartUpload() {
        var a = Communes.next();
        var file = "\uFEFF" + collectivitesFile(a).replace(';', ',');
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "collectivites.csv";
            }
        });
        as(Role.SECRETARIAT).post().uri("/api/imports/collectivites").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.inserted").isEqualTo(1);
        assertThat(sirensStored(a)).isEqualTo(1);
    }

    @Test
    void importsAgentsUpsertingBySirenAndMatricule() {
        var a = Communes.next();
        expectCounts("collectivites", collectivitesFile(a), 1, 0, 0);
        var file = """
                siren;matricule;last_name;first_name;birth_date;post;hire_date;administrative_post;smp;smp_interval_months
                %1$s;M001;Martin;Anne;1975-03-02;Secrétaire de mairie;2001-09-01;oui;non;
                %1$s;M002;Nguyen;Paul;14/07/1988;Agent de voirie;01/03/2015;non;oui;12
                %1$s;M003;Roux;Léa;1992-11-30;ATSEM;2019-01-07;non;non;
                """.formatted(a.siren());
        expectCounts("agents", file, 3, 0, 0);
        expectCounts("agents", file, 0, 0, 3);
        expectCounts("agents", file.replace("Agent de voirie", "Chef d'équipe voirie"), 0, 1, 2);
        assertThat(jdbc.sql("SELECT smp_interval_months FROM agent WHERE matricule = 'M002' AND collectivite_id ="
                + " (SELECT id FROM collectivite WHERE siren = ?)").param(a.siren()).query(Integer.class).single()).isEqualTo(12);

        var bad = file + "123456789;M004;X;Y;1990-01-01;Z;2020-01-01;non;non;\n" + a.siren() + ";M001;Doublon;Anne;1975-03-02;P;2001-09-01;non;non;\n";
        post("agents", bad).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].line").isEqualTo(5)
                .jsonPath("$.errors[0].field").isEqualTo("siren")
                .jsonPath("$.errors[1].line").isEqualTo(6)
                .jsonPath("$.errors[1].field").isEqualTo("siren, matricule");
    }

    @Test
    void importsProfessionalsLeavesCabinetsAndTravelMatrices() {
        int n = SEQUENCE.incrementAndGet();
        var professionals = """
                code;kind;last_name;first_name;email;working_ratio;home_latitude;home_longitude;weekly_half_days
                DOC-%1$d;OCCUPATIONAL_DOCTOR;Lefèvre;Marc;marc@cdg.example;0,8;45.76;4.83;MON-AM MON-PM TUE-AM THU-AM
                IST-%1$d;NURSE;Garnier;Sophie;;1;45.70;4.88;MON-AM TUE-AM TUE-PM WED-AM THU-AM THU-PM FRI-AM FRI-PM
                """.formatted(n);
        expectCounts("professionals", professionals, 2, 0, 0);
        expectCounts("professionals", professionals, 0, 0, 2);
        assertThat(jdbc.sql("SELECT count(*) FROM professional_half_day d JOIN professional p ON p.id = d.professional_id"
                + " WHERE p.code = ?").param("DOC-" + n).query(Integer.class).single()).isEqualTo(4);

        var leaves = """
                professional_code;kind;start_date;start_half;end_date;end_half
                DOC-%1$d;LEAVE;2026-07-20;AM;2026-07-31;PM
                IST-%1$d;TRAINING;2026-06-02;PM;2026-06-02;PM
                """.formatted(n);
        expectCounts("leaves", leaves, 2, 0, 0);
        expectCounts("leaves", leaves.replace("2026-07-31;PM", "2026-08-07;AM"), 0, 1, 1);
        post("leaves", leaves.replace("2026-06-02;PM\n", "2026-06-01;AM\n")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].line").isEqualTo(3).jsonPath("$.errors[0].field").isEqualTo("end_date");

        var owner = Communes.next();
        expectCounts("collectivites", collectivitesFile(owner), 1, 0, 0);
        var cabinets = """
                code;name;kind;address;postal_code;city;latitude;longitude;rooms;owner_siren;opening_half_days
                CDG-%1$d;CDG Lyon;CDG_PREMISES;9 allée Alban Vistel;69110;Sainte-Foy-lès-Lyon;45.7337;4.7898;3;;MON-AM MON-PM TUE-AM
                MAIRIE-%1$d;Cabinet de la mairie;COLLECTIVITE_OFFICE;;;;%3$s;%4$s;1;%2$s;WED-AM
                VISIO-%1$d;Téléconsultation;TELECONSULTATION;;;;;;1;;MON-AM TUE-AM WED-AM THU-AM FRI-AM
                """.formatted(n, owner.siren(), owner.latitude(), owner.longitude());
        expectCounts("cabinets", cabinets, 3, 0, 0);
        expectCounts("cabinets", cabinets, 0, 0, 3);

        long collectivite = jdbc.sql("SELECT id FROM collectivite WHERE siren = ?").param(owner.siren()).query(Long.class).single();
        long cabinet = jdbc.sql("SELECT id FROM cabinet WHERE code = ?").param("CDG-" + n).query(Long.class).single();
        // The travel-time estimates follow the directory: keep one ESTIMATE row only, the matrix must replace it.
        jdbc.sql("DELETE FROM travel_time WHERE collectivite_id = ?").param(collectivite).update();
        jdbc.sql("INSERT INTO travel_time (collectivite_id, cabinet_id, minutes, source) VALUES (?, ?, 50, 'ESTIMATE')")
                .params(collectivite, cabinet).update();
        var matrix = "from;to;minutes\n%1$s;CDG-%2$d;35\n%1$s;MAIRIE-%2$d;0\n".formatted(owner.siren(), n);
        expectCounts("travel-times", matrix, 1, 1, 0);
        expectCounts("travel-times", matrix, 0, 0, 2);
        assertThat(jdbc.sql("SELECT minutes || ' ' || source FROM travel_time WHERE collectivite_id = ? AND cabinet_id = ?")
                .params(collectivite, cabinet).query(String.class).single()).isEqualTo("35 MATRIX");
        post("travel-times", "from;to;minutes\n%s;NOWHERE;10\n%s;CDG-%d;2000\n".formatted(owner.siren(), owner.siren(), n))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("to")
                .jsonPath("$.errors[1].field").isEqualTo("minutes");
    }

    @Test
    void announcesTheCollectivitesAndCabinetsAnImportCreatedOrMoved() {
        var a = Communes.next();
        var b = Communes.next();
        var file = collectivitesFile(a, b);
        imports.run("collectivites", file.getBytes(StandardCharsets.UTF_8));
        var ids = jdbc.sql("SELECT id FROM collectivite WHERE siren IN (?, ?)").params(a.siren(), b.siren()).query(Long.class).set();
        assertThat(events.stream(DirectoryChangedEvent.class)).containsExactly(new DirectoryChangedEvent(ids, Set.of()));

        events.clear();
        imports.run("collectivites", file.replace(a.name() + ";COMMUNE", "Commune de " + a.name() + ";COMMUNE")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(events.stream(DirectoryChangedEvent.class)).isEmpty();
        imports.run("collectivites", file.replace(String.valueOf(b.latitude()), String.valueOf(b.latitude() + 0.01))
                .getBytes(StandardCharsets.UTF_8));
        long moved = jdbc.sql("SELECT id FROM collectivite WHERE siren = ?").param(b.siren()).query(Long.class).single();
        assertThat(events.stream(DirectoryChangedEvent.class)).containsExactly(new DirectoryChangedEvent(Set.of(moved), Set.of()));

        events.clear();
        var code = "EVT-" + SEQUENCE.incrementAndGet();
        imports.run("cabinets", ("code;name;kind;latitude;longitude;rooms;opening_half_days\n" + code
                + ";Cabinet;SHARED_OFFICE;48.85;2.35;2;MON-AM\n").getBytes(StandardCharsets.UTF_8));
        long cabinet = jdbc.sql("SELECT id FROM cabinet WHERE code = ?").param(code).query(Long.class).single();
        assertThat(events.stream(DirectoryChangedEvent.class)).containsExactly(new DirectoryChangedEvent(Set.of(), Set.of(cabinet)));

        events.clear();
        assertThatThrownBy(() -> imports.run("collectivites", collectivitesFile(Communes.next())
                .replace(";COMMUNE;", ";VILLE;").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(events.stream(DirectoryChangedEvent.class)).isEmpty();
    }

    @Test
    void onlyStaffRunsImports() {
        var referent = as(Role.REFERENT, jdbc.sql("""
                INSERT INTO collectivite (siren, name, kind, affiliated, latitude, longitude)
                VALUES (?, 'Import test', 'COMMUNE', true, 45, 4) RETURNING id""").param(Communes.next().siren())
                .query(Long.class).single());
        referent.post().uri("/api/imports/collectivites").contentType(MediaType.parseMediaType("text/csv"))
                .body(Communes.CSV_HEADER.getBytes(StandardCharsets.UTF_8)).exchange().expectStatus().isForbidden();
        post("nonsense", Communes.CSV_HEADER).expectStatus().isNotFound();
    }
}
