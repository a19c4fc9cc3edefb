package fr.cdg.medtravail.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;

/**
 * The whole path over real HTTP: a référent files a request, it gets a deadline and an appointment at once; bad
 * input is refused naming the field and writes nothing; another collectivité's référent gets 404; the visit counts
 * on the quota; reads are audited; the request goes with the agent.
 */
class StatutoryApiTest extends IntegrationTest {

    @Autowired
    StatutoryService statutory;

    private long statutoryCollectivite() {
        long id = PersonalDataRows.collectivite(jdbc, "Commune statutaire");
        jdbc.sql("""
                INSERT INTO membership (collectivite_id, service, start_date, tariff_category)
                VALUES (?, 'STATUTORY', DATE '2020-01-01', 'AFFILIATED')""").param(id).update();
        for (int year = 2025; year <= 2028; year++) {
            jdbc.sql("INSERT INTO collectivite_headcount (collectivite_id, year, headcount, permanent_headcount, declared_on) VALUES (?, ?, 60, 50, DATE '2025-01-01')")
                    .params(id, year).update();
        }
        return id;
    }

    private long approvedDoctorWorkingEveryWeekday() {
        long id = jdbc.sql("""
                        INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                        VALUES (?, 'APPROVED_DOCTOR', 'Morel', 'Anne', 1, 45.7, 4.8) RETURNING id""")
                .param("MA" + System.nanoTime()).query(Long.class).single();
        for (int day = 1; day <= 5; day++) {
            for (var half : new String[] {"AM", "PM"}) {
                jdbc.sql("INSERT INTO professional_half_day (professional_id, day_of_week, half_day) VALUES (?, ?, ?)")
                        .params(id, day, half).update();
            }
        }
        PersonalDataRows.cabinet(jdbc);
        return id;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> file(long collectivite, long agent, int kind) {
        return as(Role.REFERENT, collectivite).post().uri("/api/statutory/requests")
                .body(Map.of("agentId", agent, "kind", kind, "context", "arrêt depuis 8 mois"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void theDeadlineRouteAnswersForTheCalendarAlone() {
        as(Role.SECRETARIAT).get().uri("/api/statutory/deadline?receivedOn=2026-04-02&kind=1").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.dueOn").isEqualTo("2026-04-10");
        as(Role.SECRETARIAT).get().uri("/api/statutory/deadline?receivedOn=2026-04-02&kind=18").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
    }

    @Test
    void aFiledRequestShowsItsDeadlineAndGetsAnAppointmentAtOnce() {
        long collectivite = statutoryCollectivite();
        long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1970, 3, 1), false);
        long doctor = approvedDoctorWorkingEveryWeekday();

        var filed = file(collectivite, agent, 1);

        var receivedOn = LocalDate.parse((String) filed.get("receivedOn"));
        var dueOn = LocalDate.parse((String) filed.get("dueOn"));
        assertThat(filed.get("calendarDueOn")).isEqualTo(filed.get("dueOn"));
        assertThat(dueOn).isAfter(receivedOn);
        assertThat(filed.get("status")).isEqualTo("PROPOSED");
        @SuppressWarnings("unchecked")
        var appointment = (Map<String, Object>) filed.get("appointment");
        assertThat(LocalDateTime.parse((String) appointment.get("startsAt")).toLocalDate()).isBeforeOrEqualTo(dueOn);
        assertThat(appointment.get("minutes")).isEqualTo(60);
        long id = ((Number) filed.get("id")).longValue();

        // The secretariat sees it in its queue and confirms it; the référent reads it (audited).
        var staff = as(Role.SECRETARIAT);
        staff.post().uri("/api/statutory/requests/{id}/confirm", id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
        as(Role.REFERENT, collectivite).get().uri("/api/statutory/requests/{id}", id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.kind").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'STATUTORY_REQUEST' AND subject_id = ? AND action = 'READ'")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        // The visit happened: 1 slot of the quota of 4 (50 permanent agents × 8 %).
        staff.post().uri("/api/statutory/requests/{id}/outcome", id).body(Map.of("outcome", "DONE")).exchange()
                .expectStatus().isOk();
        int year = LocalDateTime.parse((String) appointment.get("startsAt")).getYear();
        staff.get().uri("/api/statutory/collectivites/{id}/quota/{year}", collectivite, year).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.entitledHalfSlots").isEqualTo(8)
                .jsonPath("$.consumedHalfSlots").isEqualTo(2)
                .jsonPath("$.lines").isEmpty();
        assertThat(doctor).isPositive();
    }

    @Test
    void proposalsAreConfirmedWhenTheirVisitIsTwoWorkingDaysAwayAndNoLongerMove() {
        long collectivite = statutoryCollectivite();
        approvedDoctorWorkingEveryWeekday();
        long near = ((Number) file(collectivite, PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1971, 1, 1), false), 2)
                .get("id")).longValue();
        long far = ((Number) file(collectivite, PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1972, 1, 1), false), 2)
                .get("id")).longValue();
        var calendar = FrenchCalendar.metropolitan();
        var today = statutory.today();
        visitOn(near, calendar.addWorkingDays(today, 2));
        visitOn(far, calendar.addWorkingDays(today, 3));

        assertThat(statutory.confirmDueProposals()).isPositive();

        assertThat(status(near)).isEqualTo("CONFIRMED");
        assertThat(status(far)).isEqualTo("PROPOSED");
    }

    /** A proposal for that day (the second filing may have confirmed the first one's earlier proposal). */
    private void visitOn(long request, LocalDate day) {
        jdbc.sql("UPDATE statutory_request SET status = 'PROPOSED', starts_at = ? WHERE id = ?")
                .params(day.atTime(9, 0), request).update();
    }

    private String status(long request) {
        return jdbc.sql("SELECT status FROM statutory_request WHERE id = ?").param(request).query(String.class).single();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        long collectivite = statutoryCollectivite();
        long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1970, 3, 1), false);
        var referent = as(Role.REFERENT, collectivite);

        referent.post().uri("/api/statutory/requests").body(Map.of("agentId", agent, "kind", 18)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        referent.post().uri("/api/statutory/requests").body(Map.of("agentId", agent, "kind", 1, "rpiAti", true)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("rpiAti");
        referent.post().uri("/api/statutory/requests").body(Map.of("agentId", agent, "kind", 8, "writtenReport", true)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("writtenReport");

        assertThat(jdbc.sql("SELECT count(*) FROM statutory_request WHERE agent_id = ?").param(agent).query(Long.class).single())
                .isZero();
    }

    @Test
    void anotherCollectivitesReferentGetsNotFoundAndRequestsGoWithTheAgent() {
        long collectivite = statutoryCollectivite();
        long other = statutoryCollectivite();
        long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1970, 3, 1), false);
        long id = ((Number) file(collectivite, agent, 12).get("id")).longValue();

        var foreign = as(Role.REFERENT, other);
        foreign.get().uri("/api/statutory/requests/{id}", id).exchange().expectStatus().isNotFound();
        foreign.post().uri("/api/statutory/requests").body(Map.of("agentId", agent, "kind", 1)).exchange()
                .expectStatus().isNotFound();
        foreign.get().uri("/api/statutory/requests").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == " + id + ")]").isEmpty();

        as(Role.SECRETARIAT).delete().uri("/api/agents/{id}", agent).exchange().expectStatus().isNoContent();
        assertThat(jdbc.sql("SELECT count(*) FROM statutory_request WHERE id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void theScreensShowTheRequestsTheDoctorsDayAndTheQuota() {
        long collectivite = statutoryCollectivite();
        long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1970, 3, 1), false);
        long doctor = approvedDoctorWorkingEveryWeekday();
        var filed = file(collectivite, agent, 8);
        @SuppressWarnings("unchecked")
        var appointment = (Map<String, Object>) filed.get("appointment");
        var day = LocalDateTime.parse((String) appointment.get("startsAt")).toLocalDate();
        long doctorId = ((Number) appointment.get("doctorId")).longValue();

        var requests = as(Role.REFERENT, collectivite).get().uri("/statutaire/demandes").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(requests).contains("vos demandes", "Guérison, consolidation", "Rendez-vous proposé", "Durand Paul");

        var queue = as(Role.SECRETARIAT).get().uri("/statutaire/demandes").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(queue).contains("file des demandes", "Confirmer");

        var doctorsDay = as(Role.SECRETARIAT).get().uri("/statutaire/medecins/{id}?date={day}", doctorId, day).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(doctorsDay).contains("Journée statutaire", "Durand Paul", "120 min");

        var quota = as(Role.REFERENT, collectivite).get().uri("/statutaire/collectivites/{id}/quota?year={year}", collectivite, day.getYear())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(quota).contains("Droit de tirage", "4.0 créneaux");
        assertThat(doctor).isPositive();
    }

    @Test
    void theSecretariatSetsThePermanentHeadcountAndTheRate() {
        long collectivite = statutoryCollectivite();
        var staff = as(Role.SECRETARIAT);

        staff.put().uri("/api/statutory/collectivites/{id}/quota/2027", collectivite)
                .body(Map.of("permanentHeadcount", 61)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("permanentHeadcount");
        staff.put().uri("/api/statutory/collectivites/{id}/quota/2027", collectivite)
                .body(Map.of("permanentHeadcount", 40, "quotaRate", 0.1)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.permanentHeadcount").isEqualTo(40);

        staff.get().uri("/api/statutory/collectivites/{id}/quota/2027", collectivite).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.headcount").isEqualTo(40)
                .jsonPath("$.entitledHalfSlots").isEqualTo(8);
        as(Role.REFERENT, collectivite).put().uri("/api/statutory/collectivites/{id}/quota/2027", collectivite)
                .body(Map.of("quotaRate", 0.5)).exchange().expectStatus().isForbidden();
    }
}
