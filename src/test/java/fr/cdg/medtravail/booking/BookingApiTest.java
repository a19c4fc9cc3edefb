package fr.cdg.medtravail.booking;

import static fr.cdg.medtravail.booking.BookingFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Booking through the REST API over real HTTP on the embedded PostgreSQL: the checks and their 400/404/409, the
 * 48-hour rule of cancellations, replacement, attendance feeding the agent's follow-up, confidential visits, released
 * minutes and the 15-day warning.
 */
class BookingApiTest extends IntegrationTest {

    @Autowired
    BookingService bookings;

    private BookingFixture world;
    private RestTestClient referent;
    private RestTestClient secretariat;
    private LocalDate day;
    private long session;

    @BeforeEach
    void setUp() {
        world = new BookingFixture(jdbc);
        referent = as(Role.REFERENT, world.a);
        secretariat = as(Role.SECRETARIAT);
        day = LocalDate.now().plusDays(20);
        session = world.session(world.nurse, day, Half.AM, 210, Map.of(world.a, 90, world.b, 60));
    }

    @AfterEach
    void tearDown() {
        world.remove();
    }

    static Map<String, Object> booking(long session, long agent, String kind, LocalDateTime start) {
        var body = new HashMap<String, Object>();
        body.put("sessionId", session);
        body.put("agentId", agent);
        body.put("visitKind", kind);
        body.put("start", start.toString());
        return body;
    }

    private Map<?, ?> book(RestTestClient client, Map<String, Object> body) {
        return client.post().uri("/api/appointments").body(body).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private String problem(RestTestClient client, Map<String, Object> body, int status) {
        return client.post().uri("/api/appointments").body(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static String attendance(RestTestClient client, long appointmentId, Map<String, Object> body,
                                     int status) {
        return client.post().uri("/api/appointments/{id}/attendance", appointmentId).body(body).exchange()
                .expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
    }

    private static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }

    @Test
    void theReferentSeesTheSessionPlacesAnAgentAndTheAgentLeavesTheListToPlace() {
        long agent = world.agent(world.a);
        var toPlace = referent.get().uri("/api/collectivites/{id}/agents-to-place", world.a).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(toPlace).extracting(row -> ((Map<?, ?>) row).get("agentId")).contains((int) agent);

        var appointment = book(referent, booking(session, agent, "VIP", at(day, 9, 0)));
        assertThat(appointment.get("status")).isEqualTo("BOOKED");
        assertThat(appointment.get("reserve")).isEqualTo("RESERVED");
        assertThat(appointment.get("end")).isEqualTo(at(day, 9, 30).toString() + ":00");

        var sessions = referent.get().uri("/api/collectivites/{id}/sessions?from={f}&to={t}", world.a, day, day)
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(sessions).hasSize(1);
        var offer = (Map<?, ?>) sessions.get(0);
        assertThat(offer.get("reservedMinutes")).isEqualTo(90);
        assertThat(offer.get("reserveLeft")).isEqualTo(60);
        assertThat((List<?>) offer.get("freeTimes")).hasSize(2);
        assertThat((List<?>) offer.get("appointments")).hasSize(1);
        toPlace = referent.get().uri("/api/collectivites/{id}/agents-to-place", world.a).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(toPlace).extracting(row -> ((Map<?, ?>) row).get("agentId")).doesNotContain((int) agent);
        // Reads of these agent lists are audited.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'COLLECTIVITE_AGENTS' AND collectivite_id = ?")
                .param(world.a).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCabinetsOwnOpeningHoursGiveItsSessionsTheirClockTimes() {
        secretariat.put().uri("/api/cabinets/{id}/hours/PM", world.cabinet).body(Map.of("hours", "14:00-17:00"))
                .exchange().expectStatus().isOk();
        secretariat.put().uri("/api/cabinets/{id}/hours/PM", world.cabinet).body(Map.of("hours", "17:00-14:00"))
                .exchange().expectStatus().isBadRequest().expectBody(String.class)
                .value(body -> assertThat(body).contains("hours"));
        long afternoon = world.session(world.nurse, day, Half.PM, 210, Map.of(world.a, 210));
        long agent = world.agent(world.a);
        assertThat(problem(referent, booking(afternoon, agent, "VIP", at(day, 13, 30)), 400))
                .contains("14:00–17:00");
        var appointment = book(referent, booking(afternoon, agent, "VIP", at(day, 16, 30)));
        assertThat(appointment.get("end")).isEqualTo(at(day, 17, 0).toString() + ":00");
    }

    @Test
    void eachCheckNamesItsProblem() {
        long agent = world.agent(world.a);
        assertThat(problem(referent, booking(session, agent, "VIP", at(day, 11, 45)), 400)).contains("start");
        assertThat(problem(referent, booking(session, agent, "RETURN", at(day, 9, 0)), 400))
                .contains("visitKind").contains("owes no RETURN");
        assertThat(problem(referent, new HashMap<>(Map.of("agentId", agent)), 400))
                .contains("sessionId").contains("visitKind").contains("start");
        // A hiring visit (never seen, not an administrative post) is the doctor's, not the nurse's.
        long newcomer = world.agent(world.a, null);
        assertThat(problem(referent, booking(session, newcomer, "HIRING", at(day, 9, 0)), 400))
                .contains("visitKind").contains("OCCUPATIONAL_DOCTOR");
        // Another collectivité's agent: the same 404 as an unknown one.
        long foreign = world.agent(world.c);
        problem(referent, booking(session, foreign, "VIP", at(day, 9, 0)), 404);
        jdbc.sql("UPDATE agent SET left_on = current_date WHERE id = ?").param(newcomer).update();
        assertThat(problem(referent, booking(session, newcomer, "HIRING", at(day, 9, 0)), 400)).contains("agentId");

        book(referent, booking(session, agent, "VIP", at(day, 9, 0)));
        assertThat(problem(referent, booking(session, agent, "VIP", at(day, 10, 0)), 409))
                .contains("already has an upcoming appointment");
        long other = world.agent(world.a);
        assertThat(problem(referent, booking(session, other, "VIP", at(day, 9, 15)), 409)).contains("taken");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE session_id = ?").param(session)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theReserveBindsTheReferentButNotTheSecretariat() {
        // 210 minutes, 150 reserved: the other 60 are the pool, open to collectivités within reach.
        for (int i = 0; i < 5; i++) {
            var appointment = book(referent, booking(session, world.agent(world.a), "VIP",
                    at(day, 8, 30).plusMinutes(30L * i)));
            assertThat(appointment.get("reserve")).isEqualTo(i < 3 ? "RESERVED" : "POOL");
        }
        assertThat(problem(referent, booking(session, world.agent(world.a), "VIP", at(day, 11, 0)), 409))
                .contains("No reserved minutes left");
        var beyond = book(secretariat, booking(session, world.agent(world.a), "VIP", at(day, 11, 0)));
        assertThat(beyond.get("reserve")).isEqualTo("BEYOND");
    }

    @Test
    void aSecondAgentCannotOverlapAndAnAgentCannotBeInTwoPlacesAtOnce() {
        long agent = world.agent(world.a);
        long doctorSession = world.session(world.doctor, day, Half.AM, 210, Map.of(world.a, 90));
        jdbc.sql("""
                INSERT INTO visit_request (agent_id, kind, filed_on, absence_start, return_on, filed_by)
                VALUES (?, 'RETURN', current_date, current_date - 60, current_date + 20, 'test')
                """).param(agent).update();
        book(referent, booking(session, agent, "VIP", at(day, 9, 0)));
        assertThat(problem(referent, booking(doctorSession, agent, "RETURN", at(day, 9, 15)), 409))
                .contains("already has an appointment at that time");
        book(referent, booking(doctorSession, agent, "RETURN", at(day, 10, 0)));
        assertThat(jdbc.sql("SELECT status FROM visit_request WHERE agent_id = ?").param(agent).query(String.class)
                .single()).isEqualTo("BOOKED");
    }

    @Test
    void aCancellationFortyEightHoursAheadFreesTheTimeALaterOneIsAnUnjustifiedAbsenceUnlessTheTimeIsRetaken() {
        var tomorrow = LocalDate.now().plusDays(1);
        var inThreeDays = LocalDate.now().plusDays(3);
        long soon = world.session(world.nurse, tomorrow, Half.PM, 210, Map.of(world.a, 120));
        long later = world.session(world.nurse, inThreeDays, Half.PM, 210, Map.of(world.a, 120));
        var early = book(referent, booking(later, world.agent(world.a), "VIP", at(inThreeDays, 14, 0)));
        var late = book(referent, booking(soon, world.agent(world.a), "VIP", at(tomorrow, 14, 0)));

        var cancelled = referent.delete().uri("/api/appointments/{id}?version=0", id(early)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(cancelled.get("status")).isEqualTo("CANCELLED");
        var unjustified = referent.delete().uri("/api/appointments/{id}", id(late)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(unjustified.get("status")).isEqualTo("ABSENT_UNJUSTIFIED");

        // The time given to another agent: the late cancellation is a replacement, not billed.
        var taker = book(referent, booking(soon, world.agent(world.a), "VIP", at(tomorrow, 14, 0)));
        var replaced = referent.get().uri("/api/appointments/{id}", id(late)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((Map<?, ?>) replaced.get("appointment")).get("status")).isEqualTo("REPLACED");
        assertThat((List<?>) replaced.get("history")).hasSize(3);
        assertThat(taker.get("status")).isEqualTo("BOOKED");
    }

    @Test
    void anotherAgentReplacesTheFirstOnTheSameTime() {
        var first = book(referent, booking(session, world.agent(world.a), "VIP", at(day, 9, 0)));
        long second = world.agent(world.a);
        var stale = new HashMap<String, Object>(Map.of("agentId", second, "visitKind", "VIP", "version", 7));
        referent.post().uri("/api/appointments/{id}/replacement", id(first)).body(stale).exchange()
                .expectStatus().isEqualTo(409);
        var replacement = referent.post().uri("/api/appointments/{id}/replacement", id(first))
                .body(Map.of("agentId", second, "visitKind", "VIP", "version", 0)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(replacement.get("agentId")).isEqualTo((int) second);
        assertThat(replacement.get("start")).isEqualTo(at(day, 9, 0).toString() + ":00");
        assertThat(jdbc.sql("SELECT status || ' ' || replaced_by FROM appointment WHERE id = ?").param(id(first))
                .query(String.class).single()).isEqualTo("REPLACED " + id(replacement));
    }

    @Test
    void anAbsenceCountsAsAnnouncedOnlyFromFortyEightHoursBefore() {
        var appointment = book(referent, booking(session, world.agent(world.a), "VIP", at(day, 9, 0)));
        world.shiftToYesterday(id(appointment));
        var start = LocalDate.now().minusDays(1).atTime(9, 0);
        var nurse = asProfessional(world.nurse);
        assertThat(attendance(nurse, id(appointment), Map.of("status", "ABSENT_ANNOUNCED", "version", 0), 400))
                .contains("announcedAt");
        assertThat(attendance(nurse, id(appointment), Map.of("status", "ABSENT_ANNOUNCED", "version", 0,
                "announcedAt", start.minusHours(47).minusMinutes(59).toString()), 400))
                .contains("announcedAt").contains("ABSENT_UNJUSTIFIED");
        nurse.post().uri("/api/appointments/{id}/attendance", id(appointment))
                .body(Map.of("status", "ABSENT_ANNOUNCED", "version", 0,
                        "announcedAt", start.minusHours(48).toString())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ABSENT_ANNOUNCED");
    }

    @Test
    void aHeldVisitMovesTheAgentsFollowUpAndGivesTheReferentACertificate() {
        long agent = world.agent(world.a);
        var appointment = book(referent, booking(session, agent, "VIP", at(day, 9, 0)));
        world.shiftToYesterday(id(appointment));
        var nurse = asProfessional(world.nurse);
        var otherNurse = asProfessional(world.doctor);
        otherNurse.post().uri("/api/appointments/{id}/attendance", id(appointment))
                .body(Map.of("status", "HELD", "version", 0)).exchange().expectStatus().isNotFound();
        nurse.post().uri("/api/appointments/{id}/attendance", id(appointment))
                .body(Map.of("status", "HELD", "version", 0, "certificateNote", "Vu ce jour")).exchange()
                .expectStatus().isOk();
        nurse.post().uri("/api/appointments/{id}/attendance", id(appointment))
                .body(Map.of("status", "ABSENT_UNJUSTIFIED", "version", 0)).exchange().expectStatus().isEqualTo(409);

        var heldOn = LocalDate.now().minusDays(1);
        assertThat(jdbc.sql("SELECT last_vip_date FROM agent WHERE id = ?").param(agent).query(LocalDate.class)
                .single()).isEqualTo(heldOn);
        var certificate = referent.get().uri("/api/appointments/{id}/certificate", id(appointment)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(certificate.get("attended")).isEqualTo(true);
        assertThat(certificate.get("conclusion")).isEqualTo("Vu ce jour");
        assertThat(certificate.get("visitDate")).isEqualTo(heldOn.toString());
        // The next VIP is two years on: the agent is no longer overdue.
        var toPlace = referent.get().uri("/api/collectivites/{id}/agents-to-place", world.a).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(toPlace).filteredOn(row -> ((Number) ((Map<?, ?>) row).get("agentId")).longValue() == agent)
                .extracting(row -> ((Map<?, ?>) row).get("dueOn")).containsExactly(heldOn.plusYears(2).toString());
        var day = nurse.get().uri("/api/professionals/{id}/appointments?date={d}", world.nurse, heldOn).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(day).hasSize(1);
        otherNurse.get().uri("/api/professionals/{id}/appointments", world.nurse).exchange().expectStatus()
                .isNotFound();
    }

    @Test
    void aConfidentialVisitIsInvisibleToTheReferentAndGivesNoCertificate() {
        long agent = world.agent(world.a);
        referent.post().uri("/api/visit-requests")
                .body(Map.of("agentId", agent, "kind", "AGENT_REQUEST", "confidential", true)).exchange()
                .expectStatus().isBadRequest();
        var request = secretariat.post().uri("/api/visit-requests")
                .body(Map.of("agentId", agent, "kind", "AGENT_REQUEST", "confidential", true)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(request.get("confidential")).isEqualTo(true);

        var referentList = referent.get().uri("/api/collectivites/{id}/agents-to-place", world.a).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(referentList).doesNotContain("AGENT_REQUEST");
        referent.get().uri("/api/collectivites/{id}/visit-requests", world.a).exchange().expectStatus().isOk()
                .expectBody(List.class).value(list -> assertThat(list).isEmpty());
        assertThat(problem(referent, booking(session, agent, "AGENT_REQUEST", at(day, 9, 0)), 400))
                .contains("owes no AGENT_REQUEST");

        var appointment = book(secretariat, booking(session, agent, "AGENT_REQUEST", at(day, 9, 0)));
        assertThat(appointment.get("confidential")).isEqualTo(true);
        referent.get().uri("/api/appointments/{id}", id(appointment)).exchange().expectStatus().isNotFound();
        referent.delete().uri("/api/appointments/{id}", id(appointment)).exchange().expectStatus().isNotFound();
        var sessions = referent.get().uri("/api/collectivites/{id}/sessions?from={f}&to={t}", world.a, day, day)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(sessions).doesNotContain("AGENT_REQUEST");
        world.shiftToYesterday(id(appointment));
        secretariat.post().uri("/api/appointments/{id}/attendance", id(appointment))
                .body(Map.of("status", "HELD", "version", 0)).exchange().expectStatus().isOk();
        referent.get().uri("/api/appointments/{id}/certificate", id(appointment)).exchange().expectStatus()
                .isNotFound();
        secretariat.get().uri("/api/appointments/{id}/certificate", id(appointment)).exchange().expectStatus()
                .isEqualTo(409);
        // The agent's data export: the secretariat's holds the visit and its history, the référent's does not.
        secretariat.get().uri("/api/agents/{id}/export", agent).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.appointments[0].id").isEqualTo(id(appointment))
                .jsonPath("$.appointments[0].changes[1].to_status").isEqualTo("HELD")
                .jsonPath("$.appointments[0].booked_by").doesNotExist();
        referent.get().uri("/api/agents/{id}/export", agent).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.appointments").isEmpty()
                .jsonPath("$.visitRequests").isEmpty();
    }

    @Test
    void aReferentOfAnotherCollectiviteGetsNotFound() {
        var foreign = as(Role.REFERENT, world.c);
        var appointment = book(referent, booking(session, world.agent(world.a), "VIP", at(day, 9, 0)));
        foreign.get().uri("/api/collectivites/{id}/sessions", world.a).exchange().expectStatus().isNotFound();
        foreign.get().uri("/api/collectivites/{id}/agents-to-place", world.a).exchange().expectStatus().isNotFound();
        foreign.get().uri("/api/appointments/{id}", id(appointment)).exchange().expectStatus().isNotFound();
        foreign.delete().uri("/api/appointments/{id}", id(appointment)).exchange().expectStatus().isNotFound();
        // C is 90 minutes from the cabinet: the session is not offered to it at all.
        foreign.get().uri("/api/collectivites/{id}/sessions?from={f}&to={t}", world.c, day, day).exchange()
                .expectStatus().isOk().expectBody(List.class).value(list -> assertThat(list).isEmpty());
    }

    @Test
    void minutesGivenBackFifteenDaysAheadAreOfferedWithinReachLaterOnesAreRecordedAsUnused() {
        var waiting = world.agent(world.b);
        as(Role.REFERENT, world.b).post().uri("/api/collectivites/{id}/waitlist", world.b)
                .body(Map.of("agentId", waiting, "visitKind", "VIP")).exchange().expectStatus().isNoContent();
        var early = LocalDate.now().plusDays(BookingRules.RELEASE_NOTICE_DAYS);
        var late = LocalDate.now().plusDays(BookingRules.RELEASE_NOTICE_DAYS - 1);
        long earlySession = world.session(world.nurse, early, Half.AM, 210, Map.of(world.a, 90, world.b, 120));
        long lateSession = world.session(world.nurse, late, Half.AM, 210, Map.of(world.a, 90, world.b, 120));
        referent.post().uri("/api/collectivites/{id}/sessions/{s}/releases", world.a, earlySession)
                .body(Map.of("minutes", 120)).exchange().expectStatus().isBadRequest();
        referent.post().uri("/api/collectivites/{id}/sessions/{s}/releases", world.a, earlySession)
                .body(Map.of("minutes", 60)).exchange().expectStatus().isNoContent();
        referent.post().uri("/api/collectivites/{id}/sessions/{s}/releases", world.a, lateSession)
                .body(Map.of("minutes", 60)).exchange().expectStatus().isNoContent();

        assertThat(jdbc.sql("SELECT early FROM reserve_release WHERE session_id IN (?, ?) ORDER BY session_id")
                .params(earlySession, lateSession).query(Boolean.class).list()).containsExactly(true, false);
        var offers = jdbc.sql("SELECT kind || ' ' || recipient FROM notification WHERE payload->>'sessionId' = ?")
                .param(String.valueOf(earlySession)).query(String.class).list();
        assertThat(offers).containsExactlyInAnyOrder("RELEASE_OFFER referents:collectivite:" + world.b,
                "WAITLIST_OFFER referents:collectivite:" + world.b);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE payload->>'sessionId' = ?")
                .param(String.valueOf(lateSession)).query(Long.class).single()).isZero();
        // The late 60 minutes stay A's unused time: the fill rate shows them, with the reserves nobody booked.
        var rates = secretariat.get().uri("/api/booking/fill-rates?from={d}&to={d}", late, late).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(rates).filteredOn(row -> ((Number) ((Map<?, ?>) row).get("sessionId")).longValue() == lateSession)
                .singleElement().satisfies(row -> {
                    assertThat(((Map<?, ?>) row).get("lateReleasedMinutes")).isEqualTo(60);
                    assertThat(((Map<?, ?>) row).get("unbookedReservedMinutes")).isEqualTo(30 + 120);
                });
        // B booked its 120 minutes; the 60 given back by A are still there for it, first come, first served.
        var b = as(Role.REFERENT, world.b);
        for (int i = 0; i < 4; i++) {
            book(b, booking(earlySession, world.agent(world.b), "VIP", at(early, 8, 30).plusMinutes(30L * i)));
        }
        var pooled = book(b, booking(earlySession, waiting, "VIP", at(early, 10, 30)));
        assertThat(pooled.get("reserve")).isEqualTo("POOL");
        assertThat(jdbc.sql("SELECT count(*) FROM waitlist_entry WHERE agent_id = ?").param(waiting)
                .query(Long.class).single()).isZero();
    }

    @Test
    void fifteenDaysBeforeASessionAnEmptyReserveEarnsOneWarning() {
        var today = LocalDate.now();
        long due = world.session(world.nurse, today.plusDays(15), Half.PM, 210, Map.of(world.a, 60, world.b, 60));
        long notYet = world.session(world.nurse, today.plusDays(16), Half.PM, 210, Map.of(world.a, 60));
        book(as(Role.REFERENT, world.b), booking(due, world.agent(world.b), "VIP", at(today.plusDays(15), 14, 0)));

        bookings.warnEmptyReserves(today);
        bookings.warnEmptyReserves(today);

        var warnings = jdbc.sql("""
                SELECT recipient || ' ' || (payload->>'sessionId') FROM notification
                WHERE kind = 'EMPTY_RESERVE_WARNING' AND payload->>'sessionId' IN (?, ?) AND sent_at IS NULL
                """).params(String.valueOf(due), String.valueOf(notYet)).query(String.class).list();
        assertThat(warnings).containsExactly("referents:collectivite:" + world.a + " " + due);
    }

    @Test
    void referentsFileReturnVisitsWithTheirConditions() {
        long agent = world.agent(world.a);
        referent.post().uri("/api/visit-requests")
                .body(Map.of("agentId", agent, "kind", "EMPLOYER_REQUEST")).exchange().expectStatus().isBadRequest()
                .expectBody(String.class).value(body -> assertThat(body).contains("motive"));
        var filed = referent.post().uri("/api/visit-requests")
                .body(Map.of("agentId", agent, "kind", "RETURN", "absenceStart", LocalDate.now().minusDays(40).toString(),
                        "returnOn", LocalDate.now().plusDays(3).toString())).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(filed.get("status")).isEqualTo("OPEN");
        var toPlace = referent.get().uri("/api/collectivites/{id}/agents-to-place", world.a).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(toPlace).contains("\"visitKind\":\"RETURN\"");
    }
}
