package fr.cdg.medtravail.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;

/** The whole path over HTTP: attendance and statutory acts in the database → ledger → statements issued → exports. */
class BillingIntegrationTest extends IntegrationTest {

    private BillingWorld world;

    @BeforeEach
    void setUp() {
        world = new BillingWorld(jdbc);
    }

    @Test
    void aYearOfStatementsMatchesTheHandWorkedFigures() {
        long town = world.member(2026, "AFFILIATED", true, 40);
        // S1: 47 held (one of them took a replaced agent's time), 3 unjustified (late cancellations included),
        // 2 announced, 1 cancelled in time (not a visit): 3 / 52 = 5.77 % > 5 % → 3 × 87 €.
        world.appointments(town, LocalDate.of(2026, 3, 10), "HELD", 47);
        world.appointments(town, LocalDate.of(2026, 3, 11), "ABSENT_UNJUSTIFIED", 3);
        world.appointments(town, LocalDate.of(2026, 3, 12), "ABSENT_ANNOUNCED", 2);
        world.appointments(town, LocalDate.of(2026, 3, 13), "CANCELLED", 1);
        world.appointments(town, LocalDate.of(2026, 3, 13), "REPLACED", 1);
        // S2: 45 held, 2 unjustified. Year: 5 / 99 = 5.05 % → 5 × 87 − 261 = 174 €.
        world.appointments(town, LocalDate.of(2026, 10, 6), "HELD", 45);
        world.appointments(town, LocalDate.of(2026, 10, 7), "ABSENT_UNJUSTIFIED", 2);
        // A statutory expertise past the quota, with its RPI/ATI supplement, as statutory medicine priced it.
        statutoryActs(town, LocalDate.of(2026, 9, 15));

        var staff = as(Role.SECRETARIAT);
        staff.get().uri("/api/billing/collectivites/{id}/ledger/2026", town).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].period").isEqualTo("YEAR").jsonPath("$[0].unjustified").isEqualTo(5)
                .jsonPath("$[0].replaced").isEqualTo(1).jsonPath("$[0].announced").isEqualTo(2)
                .jsonPath("$[0].unjustifiedRate").isEqualTo(5.05)
                .jsonPath("$[1].unjustifiedRate").isEqualTo(5.77);

        var fee = issue(town, "YEAR");
        assertThat(fee.get("total")).hasToString("3480.0");
        var s1 = issue(town, "S1");
        assertThat(s1.get("total")).hasToString("261.0");
        assertThat(s1.get("surchargeRule")).isEqualTo("UNJUSTIFIED_AT_AGENT_COST");
        var s2 = issue(town, "S2");
        assertThat(s2.get("total")).hasToString("424.0");
        staff.post().uri("/api/billing/collectivites/{id}/statements/2026/S2", town).exchange()
                .expectStatus().isEqualTo(409);

        long s2Id = ((Number) s2.get("id")).longValue();
        var csv = staff.get().uri("/api/billing/statements/{id}/csv", s2Id).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith(StatementExport.CSV_HEADER)
                .contains("Absences injustifiées de l'année 2026;5,00;87,00;435,00")
                .contains("Absences injustifiées déjà facturées au 1er semestre 2026;-3,00;87,00;-261,00")
                .contains("Médecine statutaire : Expertise;1,00;200,00;200,00");
        var pdf = staff.get().uri("/api/billing/statements/{id}/pdf", s2Id).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(staff.get().uri("/api/billing/periods/2026/S2/export").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).contains("\r\n" + s2Id + ";");

        // The référent reads their own statements; another référent gets the "not found" of an unknown id.
        as(Role.REFERENT, town).get().uri("/api/billing/statements/{id}", s2Id).exchange().expectStatus().isOk();
        long other = PersonalDataRows.collectivite(jdbc, "Autre");
        as(Role.REFERENT, other).get().uri("/api/billing/statements/{id}", s2Id).exchange().expectStatus().isNotFound();

        // Issued means final, down to the database: a correction is a new statement naming the corrected one.
        assertThatThrownBy(() -> jdbc.sql("UPDATE billing_statement SET total = 0 WHERE id = ?").param(s2Id).update())
                .rootCause().hasMessageContaining("permission denied for table billing_statement");
        staff.post().uri("/api/billing/statements/{id}/corrections", s2Id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of()).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        world.appointments(town, LocalDate.of(2026, 11, 3), "ABSENT_UNJUSTIFIED", 1);
        var corrected = staff.post().uri("/api/billing/statements/{id}/corrections", s2Id)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Absence du 3 novembre saisie tard"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((Number) corrected.get("correctsId")).longValue()).isEqualTo(s2Id);
        assertThat(corrected.get("total")).hasToString("511.0"); // 6 × 87 − 261 + 250
        staff.post().uri("/api/billing/statements/{id}/corrections", s2Id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "again")).exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void aGridChangedMidYearAndThenCorrectedLeavesIssuedStatementsAsComputed() {
        int year = 2090;
        long town = world.member(year, "AFFILIATED", true, 10);
        var admin = as(Role.ADMIN);
        addGrid(admin, year + "-01-01", "87");
        var july = addGrid(admin, year + "-07-01", "90");
        assertThat(july.get("version")).isEqualTo(1);
        // S1 3 / 50 = 6 %, S2 4 / 50: the year 7 / 100 → 3 × 87 + 4 × 90 − 261 = 360 on S2.
        world.appointments(town, LocalDate.of(year, 3, 10), "HELD", 47);
        world.appointments(town, LocalDate.of(year, 3, 11), "ABSENT_UNJUSTIFIED", 3);
        world.appointments(town, LocalDate.of(year, 9, 10), "HELD", 46);
        world.appointments(town, LocalDate.of(year, 9, 11), "ABSENT_UNJUSTIFIED", 4);
        assertThat(issue(town, year, "S1").get("total")).hasToString("261.0");
        var s2 = issue(town, year, "S2");
        assertThat(s2.get("total")).hasToString("360.0");
        assertThat(((Number) s2.get("gridId")).longValue()).isEqualTo(((Number) july.get("id")).longValue());

        var fixed = addGrid(admin, year + "-07-01", "91");
        assertThat(fixed.get("version")).isEqualTo(2);
        as(Role.SECRETARIAT).get().uri("/api/billing/collectivites/{id}/drafts/{y}/S2", town, year).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.lines[1].amount").isEqualTo(364.0);
        as(Role.SECRETARIAT).get().uri("/api/billing/statements/{id}", s2.get("id")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(360.0);
    }

    @Test
    void theSectorProfessionalsLongAbsenceReducesTheFeeOnTheSecondSemester() {
        long town = world.member(2026, "AFFILIATED", true, 10);
        // The professional who held the visits (the sector's) is away 1 March – 30 June, nobody replaces them.
        world.appointments(town, LocalDate.of(2026, 1, 13), "HELD", 5);
        world.appointments(town, LocalDate.of(2026, 11, 17), "HELD", 5);
        jdbc.sql("""
                INSERT INTO professional_leave (professional_id, kind, start_date, start_half, end_date, end_half)
                VALUES (?, 'SICK', DATE '2026-03-01', 'AM', DATE '2026-06-30', 'PM')""").param(world.professional).update();
        // 10 × 87 = 870 € a year, 2.3836 € a day, 122 days → −290.80 €.
        as(Role.SECRETARIAT).get().uri("/api/billing/collectivites/{id}/drafts/2026/S2", town).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.lines.length()").isEqualTo(1)
                .jsonPath("$.lines[0].quantity").isEqualTo(-122)
                .jsonPath("$.lines[0].unitPrice").isEqualTo(2.3836)
                .jsonPath("$.total").isEqualTo(-290.80);
    }

    @Test
    void aStatutoryCollectiviteOverItsQuotaIsBilledPerActInTheSemesterOfTheVisit() {
        long town = world.member(2026, "AFFILIATED", true, 20);
        jdbc.sql("INSERT INTO membership (collectivite_id, service, start_date, tariff_category) VALUES (?, 'STATUTORY', ?, 'AFFILIATED')")
                .params(town, LocalDate.of(2026, 1, 1)).update();
        jdbc.sql("UPDATE collectivite_headcount SET permanent_headcount = 20 WHERE collectivite_id = ? AND year = 2026")
                .param(town).update();
        // 20 × 8 % = 1.6 slots (3 half-slots): the February expertise (2 slots) does not fit, the March control
        // (1 slot) does, the September RPI expertise does not: 200 € on S1, 200 + 50 € on S2.
        long cabinet = PersonalDataRows.cabinet(jdbc);
        var staff = as(Role.SECRETARIAT);
        for (var visit : List.of(List.of(8, "2026-02-10", false), List.of(1, "2026-03-10", false),
                List.of(10, "2026-09-15", true))) {
            var day = LocalDate.parse((String) visit.get(1));
            long agent = PersonalDataRows.agent(jdbc, town, LocalDate.of(1975, 5, 5), false);
            long request = jdbc.sql("""
                    INSERT INTO statutory_request (collectivite_id, agent_id, kind, rpi_ati, received_at, received_on,
                        calendar_due_on, due_on, filed_by, status, professional_id, cabinet_id, starts_at, minutes)
                    VALUES (?, ?, ?, ?, now(), ?, ?, ?, 'test', 'CONFIRMED', ?, ?, ?, 60) RETURNING id""")
                    .params(town, agent, visit.get(0), visit.get(2), day.minusDays(5), day, day, world.professional,
                            cabinet, day.atTime(10, 0))
                    .query(Long.class).single();
            staff.post().uri("/api/statutory/requests/{id}/outcome", request).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("outcome", "DONE")).exchange().expectStatus().isOk();
        }
        staff.get().uri("/api/billing/collectivites/{id}/drafts/2026/S1", town).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(200.0)
                .jsonPath("$.lines[0].source").value(source -> assertThat((String) source).startsWith("Demande statutaire"));
        staff.get().uri("/api/billing/collectivites/{id}/drafts/2026/S2", town).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(250.0).jsonPath("$.lines.length()").isEqualTo(2);
        as(Role.REFERENT, town).get().uri("/api/billing/dashboard?year=2026").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.quotas[0].use.entitledSlots").isEqualTo(1.5)
                .jsonPath("$.quotas[0].use.actsBilled").isEqualTo(2)
                .jsonPath("$.deadlines[0].met").isEqualTo(1);
    }

    @Test
    void badGridsAreRefusedNamingTheFieldAndNothingIsWritten() {
        long before = jdbc.sql("SELECT count(*) FROM tariff_grid").query(Long.class).single();
        as(Role.ADMIN).post().uri("/api/billing/grids").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cdg", "CDG69", "mission", "PREVENTIVE", "validFrom", "2291-01-01",
                        "surchargeRule", "UNJUSTIFIED_AT_AGENT_COST", "surchargeThreshold", 150, "source", "x",
                        "prices", Map.of("AGENT_AFFILIATED", 87)))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("surchargeThreshold");
        assertThat(jdbc.sql("SELECT count(*) FROM tariff_grid").query(Long.class).single()).isEqualTo(before);
        as(Role.SECRETARIAT).post().uri("/api/billing/grids").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of()).exchange().expectStatus().isForbidden();
    }

    @Test
    void twoClerksIssuingTheSameStatementAtOnceGetOneStatementAndOneConflict() throws Exception {
        long town = world.member(2026, "AFFILIATED", true, 7);
        var staff = as(Role.SECRETARIAT);
        var pool = Executors.newFixedThreadPool(2);
        var statuses = pool.invokeAll(List.<Callable<Integer>>of(
                () -> staff.post().uri("/api/billing/collectivites/{id}/statements/2026/YEAR", town).exchange()
                        .returnResult(String.class).getStatus().value(),
                () -> staff.post().uri("/api/billing/collectivites/{id}/statements/2026/YEAR", town).exchange()
                        .returnResult(String.class).getStatus().value()));
        pool.shutdown();
        assertThat(List.of(statuses.get(0).get(), statuses.get(1).get())).containsExactlyInAnyOrder(201, 409);
        assertThat(jdbc.sql("SELECT count(*) FROM billing_statement WHERE collectivite_id = ?").param(town)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAdministratorAddsAVersionOnTheGridsScreen() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("cdg", "CIG_PETITE_COURONNE");
        form.add("mission", "PREVENTIVE");
        form.add("validFrom", "2095-01-01");
        form.add("surchargeRule", "UNJUSTIFIED_AT_AGENT_COST");
        form.add("surchargeThreshold", "4,5");
        form.add("source", "Offre CIG 2095 (test)");
        form.add("price_AGENT_DOCTOR", "125");
        form.add("price_AGENT_DOCTOR_NURSE", "abc");
        as(Role.ADMIN).post().uri("/facturation/grilles").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .exchange().expectStatus().isOk().expectBody(String.class)
                .value(page -> assertThat(page).contains("prices.AGENT_DOCTOR_NURSE", "abc"));
        form.set("price_AGENT_DOCTOR_NURSE", "140");
        as(Role.ADMIN).post().uri("/facturation/grilles").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .exchange().expectStatus().isFound();
        as(Role.SECRETARIAT).get().uri("/facturation/grilles").exchange().expectStatus().isOk().expectBody(String.class)
                .value(page -> assertThat(page).contains("Offre CIG 2095 (test)", "au-delà de 4.50 %")
                        .doesNotContain("Nouvelle version"));
    }

    @Test
    void withoutAHeadcountTheYearlyFeeWaitsAndTheMemberIsReminded() {
        long town = world.member(2026, "NON_AFFILIATED_OWN_SECRETARIAT", false, null);
        as(Role.SECRETARIAT).post().uri("/api/billing/collectivites/{id}/statements/2026/YEAR", town).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("headcount");
        var reminders = as(Role.SECRETARIAT).get().uri("/api/billing/headcount-reminders?year=2026").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(reminders.toString()).contains("collectiviteId=" + town);
        as(Role.REFERENT, town).get().uri("/facturation?year=2026").exchange().expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("effectif 2026 à déclarer avant le 31/03"));
        // The "own secretariat" category on a collectivité that has none is reported.
        assertThat(as(Role.SECRETARIAT).get().uri("/api/billing/category-problems?year=2026").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody())
                .containsKey(String.valueOf(town));
    }

    @Test
    void theDashboardShowsAReferentTheirOwnCollectiviteOnly() {
        long town = world.member(2026, "AFFILIATED", true, 5);
        world.appointments(town, LocalDate.of(2026, 4, 2), "HELD", 3);
        world.appointments(town, LocalDate.of(2026, 4, 3), "ABSENT_UNJUSTIFIED", 1);
        as(Role.REFERENT, town).get().uri("/api/billing/dashboard?year=2026").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.rates.length()").isEqualTo(1)
                .jsonPath("$.rates[0].rate").isEqualTo(25.0).jsonPath("$.threshold").isEqualTo(5.0)
                .jsonPath("$.loads.length()").isEqualTo(0).jsonPath("$.months[0].month").isEqualTo(4);
        as(Role.SECRETARIAT).get().uri("/api/billing/activity-report/2026/csv").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("visits;VIP;NURSE;HELD;"));
    }

    private Map<?, ?> issue(long collectivite, String period) {
        return issue(collectivite, 2026, period);
    }

    private Map<?, ?> issue(long collectivite, int year, String period) {
        return as(Role.SECRETARIAT).post().uri("/api/billing/collectivites/{id}/statements/{y}/{p}", collectivite,
                        year, period)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<?, ?> addGrid(org.springframework.test.web.servlet.client.RestTestClient admin, String from,
                                     String agentCost) {
        return admin.post().uri("/api/billing/grids").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cdg", "CDG69", "mission", "PREVENTIVE", "validFrom", from,
                        "surchargeRule", "UNJUSTIFIED_AT_AGENT_COST", "surchargeThreshold", 5,
                        "source", "Test " + from, "prices", Map.of("AGENT_AFFILIATED", agentCost)))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private void statutoryActs(long collectivite, LocalDate day) {
        long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1970, 1, 1), false);
        long request = jdbc.sql("""
                INSERT INTO statutory_request (collectivite_id, agent_id, kind, rpi_ati, received_at, received_on,
                    calendar_due_on, due_on, filed_by, status, starts_at, minutes)
                VALUES (?, ?, 8, true, now(), ?, ?, ?, 'test', 'DONE', ?, 60) RETURNING id""")
                .params(collectivite, agent, day.minusDays(10), day, day, day.atTime(9, 0)).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO statutory_act_line (collectivite_id, request_id, year, visited_on, kind, label, amount)
                VALUES (?, ?, ?, ?, 8, 'Expertise', 200), (?, ?, ?, ?, 8, 'Supplément RPI / ATI', 50)""")
                .params(collectivite, request, day.getYear(), day, collectivite, request, day.getYear(), day).update();
    }
}
