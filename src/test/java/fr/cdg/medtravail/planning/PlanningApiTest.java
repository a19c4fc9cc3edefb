package fr.cdg.medtravail.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Planning jobs through the REST API on a small directory: run, 409s, stop, feasibility re-checked from the stored
 * sessions, publish, re-plan after a leave, secretariat move. Each test uses its own horizon (horizons never overlap).
 */
class PlanningApiTest extends PlanningTest {

    /** Appointments, then horizons: their sessions and units point at the fixtures' rows. */
    @AfterEach
    void removeHorizons() {
        jdbc.sql("DELETE FROM appointment WHERE session_id IN (SELECT id FROM planning_session)").update();
        jdbc.sql("DELETE FROM planning_horizon").update();
    }

    private RestTestClient secretariat;

    @BeforeEach
    void logIn() {
        secretariat = as(Role.SECRETARIAT);
    }

    private long createHorizon(LocalDate start, int weeks) {
        var body = secretariat.post().uri("/api/planning/horizons")
                .body(Map.of("name", "T " + start, "start", start.toString(),
                        "end", start.plusWeeks(weeks).minusDays(1).toString()))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) body.get("id")).longValue();
    }

    private Map<?, ?> status(long horizon) {
        return secretariat.get().uri("/api/planning/horizons/{id}/run", horizon).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> awaitEnd(long horizon) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var status = status(horizon);
            if (!"SOLVING".equals(status.get("status"))) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run did not end");
    }

    private void run(long horizon, int seconds) throws InterruptedException {
        secretariat.post().uri("/api/planning/horizons/{id}/runs?seconds={s}", horizon, seconds).exchange()
                .expectStatus().isAccepted();
        assertThat(awaitEnd(horizon).get("status")).isEqualTo("TERMINATED");
    }

    /** Records a sick leave of the professional (whole days) and waits for the re-plan it starts. */
    private void replanAfterSickLeave(long horizon, long professional, LocalDate from, LocalDate to, int seconds)
            throws InterruptedException {
        secretariat.post().uri("/api/planning/horizons/{id}/replan", horizon)
                .body(Map.of("professionalId", professional, "seconds", seconds, "leave", Map.of("kind", "SICK",
                        "startDate", from.toString(), "startHalf", "AM", "endDate", to.toString(), "endHalf", "PM")))
                .exchange().expectStatus().isAccepted();
        assertThat(awaitEnd(horizon).get("status")).isEqualTo("TERMINATED");
    }

    @Test
    void aRunProducesAFeasiblePlanCheckedIndependentlyFromTheStoredSessions() throws Exception {
        var fixture = fixture();
        long horizon = createHorizon(PlanningFixture.mondayAfter(35), 4);
        var before = HardRuleChecker.sessionsBefore(jdbc, horizon, LocalDate.now().plusDays(28));

        run(horizon, 3);

        assertThat(HardRuleChecker.violations(jdbc, horizon)).isEmpty();
        assertThat(HardRuleChecker.sessionsBefore(jdbc, horizon, LocalDate.now().plusDays(28))).isEqualTo(before);
        var sessions = jdbc.sql("SELECT count(*) FROM planning_session WHERE horizon_id = ?").param(horizon)
                .query(Integer.class).single();
        assertThat(sessions).isPositive();
        // The far collectivité has no cabinet within an hour: its demand stays unmet and the explanation says why.
        var unreachable = jdbc.sql("SELECT count(*) FROM planning_demand_unit WHERE horizon_id = ? AND collectivite_id = ? AND session_id IS NOT NULL")
                .params(horizon, fixture.farId).query(Integer.class).single();
        assertThat(unreachable).isZero();
        var status = status(horizon);
        assertThat(status.get("hard")).isEqualTo(0);
        assertThat((List<?>) status.get("constraints")).isNotEmpty();
        secretariat.get().uri("/api/planning/horizons/{id}/explanation", horizon).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.feasible").isEqualTo(true)
                .jsonPath("$.collectivites[?(@.id == %d)].unmet[0].blockingRules".formatted(fixture.farId)).exists()
                .jsonPath("$.constraints[?(@.id == 'Unmet demand')].label").isEqualTo("Demande non couverte");
    }

    @Test
    void oneRunPerHorizonPublishRefusedWhileSolvingAndStop() throws Exception {
        fixture();
        long horizon = createHorizon(PlanningFixture.mondayAfter(35 + 7 * 6), 2);
        secretariat.post().uri("/api/planning/horizons/{id}/runs?seconds=30", horizon).exchange().expectStatus().isAccepted();
        secretariat.post().uri("/api/planning/horizons/{id}/runs?seconds=30", horizon).exchange()
                .expectStatus().isEqualTo(409);
        secretariat.post().uri("/api/planning/horizons/{id}/publish", horizon).exchange().expectStatus().isEqualTo(409);
        assertThat(status(horizon).get("status")).isEqualTo("SOLVING");

        secretariat.post().uri("/api/planning/horizons/{id}/run/stop", horizon).exchange().expectStatus().isAccepted();
        assertThat(awaitEnd(horizon).get("status")).isEqualTo("STOPPED");
        secretariat.post().uri("/api/planning/horizons/{id}/run/stop", horizon).exchange().expectStatus().isEqualTo(409);
        assertThat(HardRuleChecker.violations(jdbc, horizon)).isEmpty();
    }

    @Test
    void publishesOnlySessionsFourWeeksAheadAndReplansAfterALeave() throws Exception {
        var fixture = fixture();
        long horizon = createHorizon(PlanningFixture.mondayAfter(35 + 7 * 9), 3);
        run(horizon, 2);
        // A session inside the window (as if created by an earlier decision) must stay a draft.
        long inside = jdbc.sql("""
                INSERT INTO planning_session (horizon_id, professional_id, session_date, half_day, cabinet_id, status, pinned, capacity_minutes)
                VALUES (?, ?, ?, 'AM', ?, 'DRAFT', true, 210) RETURNING id
                """).params(horizon, fixture.doctorId, LocalDate.now().plusDays(10), fixture.cabinetId)
                .query(Long.class).single();
        // A draft three days after the notice date: about to enter the window, to publish now.
        long entering = insertSession(horizon, fixture.nurse2Id, LocalDate.now().plusDays(31), "PM", fixture.cabinetId);
        secretariat.get().uri("/api/planning/horizons/{id}/explanation", horizon).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.noticeAlerts[?(@.sessionId == %d)].alert".formatted(inside)).isEqualTo("INSIDE_WINDOW")
                .jsonPath("$.noticeAlerts[?(@.sessionId == %d)].alert".formatted(entering)).isEqualTo("ENTERING_WINDOW");

        var published = secretariat.post().uri("/api/planning/horizons/{id}/publish", horizon)
                .body(Map.of("publishedBy", "secretariat")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((Integer) published.get("published")).isPositive();
        assertThat(published.get("insideWindow")).as("the publication warns of the draft it cannot publish").isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM planning_session WHERE id = ?").param(entering).query(String.class)
                .single()).isEqualTo("PUBLISHED");
        jdbc.sql("DELETE FROM planning_session WHERE id = ?").param(entering).update();
        assertThat(jdbc.sql("SELECT status FROM planning_session WHERE id = ?").param(inside).query(String.class)
                .single()).isEqualTo("DRAFT");
        // The référent sees the published sessions of their collectivité, not another's.
        as(Role.REFERENT, fixture.townId).get().uri("/api/planning/collectivites/{id}/sessions", fixture.townId)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$[0].cabinetCode").exists();
        as(Role.REFERENT, fixture.townId).get().uri("/api/planning/collectivites/{id}/sessions", fixture.villageId)
                .exchange().expectStatus().isNotFound();
        assertThat(jdbc.sql("SELECT count(*) FROM planning_session WHERE horizon_id = ? AND status = 'PUBLISHED' "
                        + "AND (notice_date IS NULL OR session_date < notice_date + 28)")
                .param(horizon).query(Integer.class).single()).isZero();
        jdbc.sql("DELETE FROM planning_session WHERE id = ?").param(inside).update();

        // The first nurse falls ill for the whole horizon: her sessions move, the others stay.
        var nurse = jdbc.sql("SELECT professional_id FROM planning_session WHERE horizon_id = ? AND professional_id IN (?, ?) LIMIT 1")
                .params(horizon, fixture.nurseId, fixture.nurse2Id).query(Long.class).single();
        var start = jdbc.sql("SELECT start_date FROM planning_horizon WHERE id = ?").param(horizon)
                .query(LocalDate.class).single();
        var others = """
                SELECT id || ' ' || professional_id || ' ' || session_date || ' ' || half_day || ' ' || cabinet_id
                FROM planning_session WHERE horizon_id = ? AND professional_id <> ? AND status = 'PUBLISHED'
                """;
        var untouched = jdbc.sql(others).params(horizon, nurse).query(String.class).list();
        var nurseSessions = jdbc.sql("SELECT id FROM planning_session WHERE horizon_id = ? AND professional_id = ? AND status = 'PUBLISHED'")
                .params(horizon, nurse).query(Long.class).list();
        replanAfterSickLeave(horizon, nurse, start, start.plusWeeks(3), 2);
        assertThat(HardRuleChecker.violations(jdbc, horizon)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM planning_session WHERE horizon_id = ? AND professional_id = ?")
                .params(horizon, nurse).query(Integer.class).single()).isZero();
        // The others' published sessions stay; one of them may be the nurse's, handed over at the same place and time.
        assertThat(jdbc.sql(others).params(horizon, nurse).query(String.class).list()).containsAll(untouched);
        assertThat(jdbc.sql("SELECT count(*) FROM planning_change_log WHERE horizon_id = ? AND action = 'REPLAN'")
                .param(horizon).query(Integer.class).single()).isPositive();
        // Her published sessions nobody took over are gone, and the référents they were announced to are told so.
        var gone = nurseSessions.stream().filter(id -> jdbc.sql("SELECT count(*) FROM planning_session WHERE id = ?")
                .param(id).query(Integer.class).single() == 0).toList();
        assertThat(gone).isNotEmpty();
        for (var id : gone) {
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM notification WHERE kind = 'SESSION_MOVED' AND payload->>'sessionId' = ?
                    AND (payload->>'withdrawn')::boolean
                    """).param(String.valueOf(id)).query(Integer.class).single()).as("session %d", id).isPositive();
        }

        // The doctor leaves the CDG: the next run moves his sessions to no one (he is the only doctor).
        jdbc.sql("UPDATE professional SET active = false WHERE id = ?").param(fixture.doctorId).update();
        run(horizon, 1);
        assertThat(HardRuleChecker.violations(jdbc, horizon)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM planning_session WHERE horizon_id = ? AND professional_id = ?")
                .params(horizon, fixture.doctorId).query(Integer.class).single()).isZero();
    }

    /**
     * A published session with an appointment whose professional falls ill for that half-day, while a colleague may
     * hold it: the world leaves one place and time open (one day, one cabinet, its morning), so the new plan puts the
     * colleague there and the session, hence the appointment, is handed over.
     */
    @Test
    void aReplanWithAColleagueAtTheSamePlaceAndTimeKeepsTheAppointment() throws Exception {
        var fixture = fixture();
        var day = PlanningFixture.mondayAfter(35 + 7 * 27);
        jdbc.sql("DELETE FROM cabinet_opening WHERE cabinet_id = ? OR (cabinet_id = ? AND half_day = 'PM')")
                .params(fixture.otherCabinetId, fixture.cabinetId).update();
        long horizon = ((Number) secretariat.post().uri("/api/planning/horizons")
                .body(Map.of("name", "T " + day, "start", day.toString(), "end", day.toString()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id")).longValue();
        run(horizon, 2);
        secretariat.post().uri("/api/planning/horizons/{id}/publish", horizon)
                .body(Map.of("publishedBy", "secretariat")).exchange().expectStatus().isOk();
        var session = jdbc.sql("SELECT id, professional_id FROM planning_session WHERE horizon_id = ? AND status = 'PUBLISHED'")
                .param(horizon).query().singleRow();
        long sessionId = ((Number) session.get("id")).longValue();
        long professional = ((Number) session.get("professional_id")).longValue();
        long appointment = book(sessionId, fixture.townId, day.atTime(9, 0));

        replanAfterSickLeave(horizon, professional, day, day, 2);

        var after = jdbc.sql("SELECT status, professional_id FROM planning_session WHERE id = ?").param(sessionId)
                .query().singleRow();
        assertThat(after.get("status")).isEqualTo("PUBLISHED");
        assertThat(((Number) after.get("professional_id")).longValue()).isNotEqualTo(professional);
        assertThat(jdbc.sql("SELECT status || ' ' || session_id FROM appointment WHERE id = ?").param(appointment)
                .query(String.class).single()).isEqualTo("BOOKED " + sessionId);
        // No second session for that place and time.
        assertThat(jdbc.sql("SELECT count(*) FROM planning_session WHERE horizon_id = ?").param(horizon)
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM planning_change_log WHERE horizon_id = ? AND session_id = ? AND action = 'REPLAN'
                """).params(horizon, sessionId).query(Integer.class).single()).isOne();
    }

    /** Books a VIP of one of the collectivité's agents (not under SMP) on the session, by the secretariat. */
    private long book(long sessionId, long collectiviteId, LocalDateTime start) {
        long agent = jdbc.sql("""
                SELECT id FROM agent WHERE collectivite_id = ? AND NOT smp AND last_vip_date IS NOT NULL ORDER BY id LIMIT 1
                """).param(collectiviteId).query(Long.class).single();
        var booked = secretariat.post().uri("/api/appointments")
                .body(Map.of("sessionId", sessionId, "agentId", agent, "visitKind", "VIP", "start", start.toString()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) booked.get("id")).longValue();
    }

    /**
     * A published session with an appointment whose professional falls ill while nobody else can hold it: the
     * appointment waits for the secretariat (listed, référents told) and the session row stays, withdrawn.
     */
    @Test
    void aReplanWithoutReplacementKeepsTheBookedSessionAndAsksTheSecretariat() throws Exception {
        var fixture = fixture();
        long horizon = createHorizon(PlanningFixture.mondayAfter(35 + 7 * 24), 1);
        run(horizon, 2);
        secretariat.post().uri("/api/planning/horizons/{id}/publish", horizon)
                .body(Map.of("publishedBy", "secretariat")).exchange().expectStatus().isOk();
        var session = jdbc.sql("""
                SELECT s.id, s.professional_id, s.session_date, s.half_day FROM planning_session s
                JOIN planning_session_collectivite r ON r.session_id = s.id
                WHERE s.horizon_id = ? AND s.status = 'PUBLISHED' AND r.collectivite_id = ?
                ORDER BY s.session_date, s.half_day, s.id LIMIT 1
                """).params(horizon, fixture.townId).query().singleRow();
        long sessionId = ((Number) session.get("id")).longValue();
        long professional = ((Number) session.get("professional_id")).longValue();
        var day = jdbc.sql("SELECT session_date FROM planning_session WHERE id = ?").param(sessionId)
                .query(LocalDate.class).single();
        long appointment = book(sessionId, fixture.townId,
                day.atTime("AM".equals(session.get("half_day")) ? 9 : 14, 0));

        // Nobody can take over: the colleagues leave the CDG, the session's professional falls ill all horizon.
        jdbc.sql("UPDATE professional SET active = false WHERE id IN (?, ?, ?) AND id <> ?")
                .params(fixture.nurseId, fixture.nurse2Id, fixture.doctorId, professional).update();
        var horizonStart = jdbc.sql("SELECT start_date FROM planning_horizon WHERE id = ?").param(horizon)
                .query(LocalDate.class).single();
        replanAfterSickLeave(horizon, professional, horizonStart, horizonStart.plusWeeks(1), 1);

        assertThat(jdbc.sql("SELECT status FROM appointment WHERE id = ?").param(appointment).query(String.class)
                .single()).isEqualTo("TO_REPLAN");
        assertThat(jdbc.sql("SELECT session_id FROM appointment WHERE id = ?").param(appointment).query(Long.class)
                .single()).isEqualTo(sessionId);
        assertThat(jdbc.sql("SELECT status FROM planning_session WHERE id = ?").param(sessionId).query(String.class)
                .single()).isEqualTo("WITHDRAWN");
        secretariat.get().uri("/api/booking/to-replan").exchange().expectStatus().isOk().expectBody(List.class)
                .value(list -> assertThat(list).extracting(row -> ((Number) ((Map<?, ?>) row).get("id")).longValue())
                        .contains(appointment));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notification WHERE kind = 'REPLAN_NOTICE' AND payload->>'sessionId' = ?
                """).param(String.valueOf(sessionId)).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM planning_change_log WHERE horizon_id = ? AND session_id = ? AND action = 'REPLAN'
                """).params(horizon, sessionId).query(Integer.class).single()).isOne();
        // The board and the next runs no longer see it.
        secretariat.get().uri("/api/planning/horizons/{id}/sessions", horizon).exchange().expectStatus().isOk()
                .expectBody(List.class).value(list -> assertThat(list)
                        .extracting(row -> ((Number) ((Map<?, ?>) row).get("id")).longValue())
                        .doesNotContain(sessionId));
        run(horizon, 1);
        assertThat(jdbc.sql("SELECT status FROM planning_session WHERE id = ?").param(sessionId).query(String.class)
                .single()).isEqualTo("WITHDRAWN");
    }

    private long insertSession(long horizon, long professional, LocalDate day, String half, long cabinet) {
        return jdbc.sql("""
                INSERT INTO planning_session (horizon_id, professional_id, session_date, half_day, cabinet_id, status, pinned, capacity_minutes)
                VALUES (?, ?, ?, ?, ?, 'DRAFT', true, 210) RETURNING id
                """).params(horizon, professional, day, half, cabinet).query(Long.class).single();
    }

    private static LocalDate workingDayFrom(LocalDate day) {
        while (day.getDayOfWeek().getValue() > 5 || FrenchCalendar.metropolitan().isHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void aMoveInsideTheWindowNeedsARecordedDecision() throws Exception {
        var fixture = fixture();
        var start = PlanningFixture.mondayAfter(7);
        long horizon = createHorizon(start, 2);
        long session = insertSession(horizon, fixture.doctorId, workingDayFrom(start), "AM", fixture.cabinetId);

        secretariat.post().uri("/api/planning/sessions/{id}/move", session)
                .body(Map.of("halfDay", "PM", "decidedBy", "Mme Secrétaire")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        secretariat.post().uri("/api/planning/sessions/{id}/move", session)
                .body(Map.of("halfDay", "PM", "decidedBy", "Mme Secrétaire", "reason", "Salle indisponible le matin"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.halfDay").isEqualTo("PM");
        secretariat.get().uri("/api/planning/horizons/{id}/changes", horizon).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].action").isEqualTo("MOVE")
                .jsonPath("$[0].decided_by").isEqualTo("Mme Secrétaire");
    }

    /** Moves are checked by the solver's own hard rules, on the stored plan with the move applied. */
    @Test
    void aMoveOutsideTheHorizonOrBreakingTheLunchTripIsRefusedNamingTheRule() {
        var fixture = fixture();
        // A March without public holidays: the month's tiers-temps budget is far from reached.
        var start = LocalDate.of(2041, 3, 4);
        long horizon = createHorizon(start, 2);
        var tuesday = start.plusDays(1);
        long morning = insertSession(horizon, fixture.doctorId, tuesday, "AM", fixture.cabinetId);
        jdbc.sql("""
                INSERT INTO planning_demand_unit (horizon_id, collectivite_id, professional_kind, allowed_kinds, reason, minutes, priority, session_id)
                VALUES (?, ?, 'OCCUPATIONAL_DOCTOR', '{OCCUPATIONAL_DOCTOR}', 'VIP', 30, 2, ?)
                """).params(horizon, fixture.townId, morning).update();
        long later = insertSession(horizon, fixture.doctorId, tuesday.plusDays(1), "AM", fixture.cabinetId);
        // The second cabinet moves a hundred kilometres away: no lunch break covers that trip.
        jdbc.sql("UPDATE cabinet SET latitude = 46.7 WHERE id = ?").param(fixture.otherCabinetId).update();

        move(later, Map.of("date", tuesday.toString(), "halfDay", "PM", "cabinetId", fixture.otherCabinetId))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("Lunch trip fits the break");
        move(later, Map.of("date", start.plusWeeks(3).toString()))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("Inside the horizon");
        // Published long ago, serving two collectivités that booked nobody: the move is announced again, its notice
        // dated today, and each collectivité's référents are told once.
        jdbc.sql("UPDATE planning_session SET status = 'PUBLISHED', published_at = now(), notice_date = DATE '2040-01-02' WHERE id = ?")
                .param(later).update();
        for (long collectivite : List.of(fixture.townId, fixture.villageId)) {
            jdbc.sql("""
                    INSERT INTO planning_demand_unit (horizon_id, collectivite_id, professional_kind, allowed_kinds, reason, minutes, priority, session_id)
                    VALUES (?, ?, 'OCCUPATIONAL_DOCTOR', '{OCCUPATIONAL_DOCTOR}', 'VIP', 30, 2, ?)
                    """).params(horizon, collectivite, later).update();
        }
        move(later, Map.of("date", tuesday.toString(), "halfDay", "PM"))
                .expectStatus().isOk();
        assertThat(jdbc.sql("SELECT count(*) FROM planning_change_log WHERE horizon_id = ? AND action = 'MOVE'")
                .param(horizon).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT notice_date FROM planning_session WHERE id = ?").param(later)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now());
        assertThat(jdbc.sql("""
                SELECT collectivite_id FROM notification
                WHERE kind = 'SESSION_MOVED' AND payload->>'sessionId' = ? AND payload->>'newDate' = ?
                """).params(String.valueOf(later), tuesday.toString()).query(Long.class).list())
                .containsExactlyInAnyOrder(fixture.townId, fixture.villageId);
    }

    /** Visits planned in the previous horizon are not owed again in the next one, however urgent they have become. */
    @Test
    void theNextHorizonDoesNotOweWhatThePreviousOnePlanned() {
        var fixture = fixture();
        var start = PlanningFixture.mondayAfter(35 + 7 * 30);
        long first = createHorizon(start, 2);
        var overdueVip = "SELECT count(*) FROM planning_demand_unit WHERE horizon_id = ? AND reason = 'VIP' AND priority = 3";
        assertThat(jdbc.sql(overdueVip).param(first).query(Integer.class).single()).isPositive();
        long session = insertSession(first, fixture.nurseId, start, "AM", fixture.cabinetId);
        jdbc.sql("UPDATE planning_demand_unit SET session_id = ? WHERE horizon_id = ? AND reason = 'VIP'")
                .params(session, first).update();

        long second = createHorizon(start.plusWeeks(2), 2);
        assertThat(jdbc.sql(overdueVip).param(second).query(Integer.class).single())
                .as("overdue at the second start, planned in the first").isZero();
    }

    private RestTestClient.ResponseSpec move(long session, Map<String, Object> move) {
        var body = new HashMap<String, Object>(move);
        body.put("decidedBy", "Mme Secrétaire");
        body.put("reason", "Décision du test");
        return secretariat.post().uri("/api/planning/sessions/{id}/move", session).body(body).exchange();
    }

    /** The leave goes through the directory's professional service: an overlapping leave is refused, no run starts. */
    @Test
    void aReplanWithALeaveOverlappingAnotherIsRefused() {
        var fixture = fixture();
        var start = PlanningFixture.mondayAfter(35 + 7 * 18);
        long horizon = createHorizon(start, 1);
        jdbc.sql("""
                INSERT INTO professional_leave (professional_id, kind, start_date, start_half, end_date, end_half)
                VALUES (?, 'LEAVE', ?, 'AM', ?, 'PM')
                """).params(fixture.nurseId, start, start.plusDays(2)).update();

        secretariat.post().uri("/api/planning/horizons/{id}/replan", horizon)
                .body(Map.of("professionalId", fixture.nurseId, "seconds", 1, "leave", Map.of(
                        "startDate", start.plusDays(1).toString(), "startHalf", "PM",
                        "endDate", start.plusDays(3).toString(), "endHalf", "PM")))
                .exchange().expectStatus().isEqualTo(409);
        assertThat(status(horizon).get("status")).isEqualTo("NOT_STARTED");
        assertThat(jdbc.sql("SELECT count(*) FROM professional_leave WHERE professional_id = ?")
                .param(fixture.nurseId).query(Integer.class).single()).isOne();
    }

    @Test
    void aNewRunResumesFromTheStoredDraft() throws Exception {
        fixture();
        long horizon = createHorizon(PlanningFixture.mondayAfter(35 + 7 * 15), 2);
        run(horizon, 2);
        var first = status(horizon);
        var assigned = jdbc.sql("SELECT count(*) FROM planning_demand_unit WHERE horizon_id = ? AND session_id IS NOT NULL")
                .param(horizon).query(Integer.class).single();
        assertThat(assigned).isPositive();

        run(horizon, 1);
        var second = status(horizon);
        assertThat(((Number) second.get("medium")).longValue()).isGreaterThanOrEqualTo(((Number) first.get("medium")).longValue());
        assertThat(jdbc.sql("SELECT count(*) FROM planning_demand_unit WHERE horizon_id = ? AND session_id IS NOT NULL")
                .param(horizon).query(Integer.class).single()).isGreaterThanOrEqualTo(assigned);
        assertThat(HardRuleChecker.violations(jdbc, horizon)).isEmpty();
    }

    @Test
    void onlyStaffReachesPlanning() {
        http.get().uri("/api/planning/horizons").exchange().expectStatus().isUnauthorized();
        var referent = as(Role.REFERENT, fixture().townId);
        referent.get().uri("/api/planning/horizons").exchange().expectStatus().isForbidden();
        referent.get().uri("/planning").exchange().expectStatus().isForbidden();
    }

    @Test
    void rejectsBadHorizonsUnknownIdsAndOverlaps() {
        secretariat.post().uri("/api/planning/horizons").body(Map.of("name", "x", "start", "2031-01-10", "end", "2031-01-01"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("end");
        secretariat.get().uri("/api/planning/horizons/999999/run").exchange().expectStatus().isNotFound();
        secretariat.post().uri("/api/planning/horizons").body(Map.of("name", "Q1", "start", "2035-01-01", "end", "2035-03-31"))
                .exchange().expectStatus().isCreated();
        secretariat.post().uri("/api/planning/horizons").body(Map.of("name", "Q1b", "start", "2035-03-01", "end", "2035-05-31"))
                .exchange().expectStatus().isEqualTo(409);
    }
}
