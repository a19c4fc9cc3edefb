package fr.cdg.medtravail.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.directory.professional.Leave;
import fr.cdg.medtravail.statutory.domain.ApprovedDoctor;
import fr.cdg.medtravail.statutory.domain.Obstacle;
import fr.cdg.medtravail.statutory.domain.PlanDecision;
import fr.cdg.medtravail.statutory.domain.RequestToPlace;
import fr.cdg.medtravail.statutory.domain.StatutoryAppointment;
import fr.cdg.medtravail.statutory.domain.StatutoryPlace;
import fr.cdg.medtravail.statutory.solver.PlanInput;
import fr.cdg.medtravail.statutory.solver.StatutoryPlanner;

/** The planner on hand-made weeks: mandatory ahead when needed, confirmed appointments kept, obstacles named. */
class StatutoryPlannerTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final StatutoryPlace PREMISES = new StatutoryPlace(100, "CDG", 1, Set.of(), true);
    static final StatutoryPlace FAR_CABINET = new StatutoryPlace(200, "Loin", 1, Set.of(), false);
    static final StatutoryPlanner PLANNER = new StatutoryPlanner(50);

    static ApprovedDoctor doctor(long id, String pattern, Leave... leaves) {
        return new ApprovedDoctor(id, "Dr " + id, WeeklyHalfDay.parseAll(pattern), List.of(leaves));
    }

    static PlanInput input(List<ApprovedDoctor> doctors, List<StatutoryAppointment> confirmed, RequestToPlace... open) {
        return new PlanInput(MONDAY.minusDays(3), FrenchCalendar.metropolitan(), doctors, List.of(PREMISES, FAR_CABINET),
                Map.of(1L, Map.of(100L, 20, 200L, 90)), confirmed, List.of(open), 60);
    }

    static PlanDecision decision(List<PlanDecision> decisions, long id) {
        return decisions.stream().filter(d -> d.requestId() == id).findFirst().orElseThrow();
    }

    /**
     * One doctor, Monday morning only; confirmed visits leave one hour free on the Monday before both deadlines. The
     * optional control, open (proposed, not convoked), gives way even when its deadline comes first.
     */
    @ParameterizedTest
    @ValueSource(ints = {4, 1})
    void aMandatoryRequestTakesTheLastSlotBeforeItsDeadlineAheadOfAnUnconfirmedOptionalOne(int optionalDueInDays) {
        var doctors = List.of(doctor(1, "MON-AM"));
        var confirmed = List.of(new StatutoryAppointment(90, 1, 100, MONDAY.atTime(9, 0), 150));
        var optional = new RequestToPlace(1, 1, false, MONDAY.minusDays(3), MONDAY.plusDays(optionalDueInDays), 60);
        var mandatory = new RequestToPlace(2, 1, true, MONDAY.minusDays(3), MONDAY.plusDays(4), 60);

        var decisions = PLANNER.plan(input(doctors, confirmed, optional, mandatory));

        assertThat(decision(decisions, 2).appointment().startsAt()).isEqualTo(MONDAY.atTime(11, 30));
        assertThat(decision(decisions, 1).appointment()).isNull();
        assertThat(decision(decisions, 1).obstacle()).isEqualTo(Obstacle.NO_TIME);
    }

    @Test
    void noOptionalRequestGivesWayWhenTheMandatoryOneHasRoomLater() {
        // One free hour on Monday, one on Tuesday: both requests get one (the mandatory one may take Monday, sooner).
        var doctors = List.of(doctor(1, "MON-AM TUE-AM"));
        var confirmed = List.of(new StatutoryAppointment(90, 1, 100, MONDAY.atTime(9, 0), 150),
                new StatutoryAppointment(91, 1, 100, MONDAY.plusDays(1).atTime(9, 0), 150));
        var optional = new RequestToPlace(1, 1, false, MONDAY.minusDays(3), MONDAY.plusDays(1), 60);
        var mandatory = new RequestToPlace(2, 1, true, MONDAY.minusDays(3), MONDAY.plusDays(4), 60);

        var decisions = PLANNER.plan(input(doctors, confirmed, optional, mandatory));

        assertThat(decisions).extracting(d -> d.appointment().startsAt())
                .containsExactlyInAnyOrder(MONDAY.atTime(11, 30), MONDAY.plusDays(1).atTime(11, 30));
    }

    @Test
    void aNewRequestIsPlacedWhileConfirmedAppointmentsStayWhereTheyAre() {
        var doctors = List.of(doctor(1, "MON-AM TUE-AM"));
        var confirmed = List.of(new StatutoryAppointment(90, 1, 100, MONDAY.atTime(9, 0), 60),
                new StatutoryAppointment(91, 1, 100, MONDAY.atTime(10, 0), 120));
        var fresh = new RequestToPlace(3, 1, true, MONDAY.minusDays(3), MONDAY.plusDays(4), 120);

        var decisions = PLANNER.plan(input(doctors, confirmed, fresh));

        // Monday morning has 30 minutes left: the expertise goes to Tuesday; nothing confirmed is in the answer.
        assertThat(decisions).extracting(PlanDecision::requestId).containsExactly(3L);
        assertThat(decision(decisions, 3).appointment())
                .isEqualTo(new StatutoryAppointment(3, 1, 100, LocalDateTime.of(MONDAY.plusDays(1), java.time.LocalTime.of(9, 0)), 120));
    }

    @Test
    void aGapBetweenConfirmedVisitsIsUsed() {
        var doctors = List.of(doctor(1, "MON-AM"));
        var confirmed = List.of(new StatutoryAppointment(90, 1, 100, MONDAY.atTime(9, 0), 60),
                new StatutoryAppointment(91, 1, 100, MONDAY.atTime(11, 0), 90));
        var fresh = new RequestToPlace(3, 1, false, MONDAY.minusDays(3), MONDAY.plusDays(4), 60);

        var appointment = decision(PLANNER.plan(input(doctors, confirmed, fresh)), 3).appointment();

        assertThat(appointment.startsAt()).isEqualTo(MONDAY.atTime(10, 0));
    }

    @Test
    void aCabinetBeyondTheTravelLimitIsNeverUsedButThePremisesAre() {
        var doctors = List.of(doctor(1, "MON-AM"), doctor(2, "MON-AM"));
        var first = new RequestToPlace(1, 1, true, MONDAY.minusDays(3), MONDAY.plusDays(4), 60);
        var second = new RequestToPlace(2, 1, true, MONDAY.minusDays(3), MONDAY.plusDays(4), 60);

        var decisions = PLANNER.plan(input(doctors, List.of(), first, second));

        // The premises have one room: one doctor there on Monday morning, the far cabinet is out of reach.
        assertThat(decisions).extracting(d -> d.appointment().cabinetId()).containsOnly(100L);
        assertThat(decisions).extracting(d -> d.appointment().doctorId()).containsOnly(decisions.get(0).appointment().doctorId());
    }

    @Test
    void obstaclesAreNamed() {
        var request = new RequestToPlace(1, 1, true, MONDAY.minusDays(3), MONDAY.plusDays(4), 60);
        var leave = new Leave(1, 1, Leave.Kind.LEAVE, MONDAY, Half.AM, MONDAY.plusDays(4), Half.PM);

        assertThat(decision(PLANNER.plan(input(List.of(), List.of(), request)), 1).obstacle()).isEqualTo(Obstacle.NO_DOCTOR);
        assertThat(decision(PLANNER.plan(input(List.of(doctor(1, "MON-AM", leave)), List.of(), request)), 1).obstacle())
                .isEqualTo(Obstacle.LEAVE);
        var noPlace = new PlanInput(MONDAY.minusDays(3), FrenchCalendar.metropolitan(), List.of(doctor(1, "MON-AM")),
                List.of(FAR_CABINET), Map.of(1L, Map.of(200L, 90)), List.of(), List.of(request), 60);
        assertThat(decision(PLANNER.plan(noPlace), 1).obstacle()).isEqualTo(Obstacle.NO_ROOM);
    }
}
