package fr.cdg.medtravail.planning.domain;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.NURSE;
import static fr.cdg.medtravail.directory.professional.ProfessionalKind.OCCUPATIONAL_DOCTOR;
import static fr.cdg.medtravail.planning.domain.PlanningInputBuilder.WEEKDAYS;
import static fr.cdg.medtravail.planning.domain.PlanningInputBuilder.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.Leave;
import org.junit.jupiter.api.Test;

/** Shifts and budgets built from the directory's facts, and stored assignments restored (and pinned) or re-planned. */
class ProblemBuilderTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final LocalDate NOTICE = LocalDate.of(2027, 3, 8);
    static final long NURSE_ID = 100;
    /** Left the CDG: no longer among the active professionals the planner reads. */
    static final long FORMER_NURSE_ID = 101;

    static DatedHalfDay am(int day) {
        return new DatedHalfDay(LocalDate.of(2027, 3, day), Half.AM);
    }

    static DatedHalfDay pm(int day) {
        return new DatedHalfDay(LocalDate.of(2027, 3, day), Half.PM);
    }

    final SessionPlan plan = new PlanningInputBuilder(MONDAY, LocalDate.of(2027, 3, 31), NOTICE)
            .collectivite(10, Map.of(1L, 20))
            .cabinet(1, 1, 45.76, 4.84, WEEKDAYS)
            .professional(NURSE_ID, NURSE, WEEKDAYS,
                    new Leave(1, NURSE_ID, Leave.Kind.SICK, LocalDate.of(2027, 3, 10), Half.AM,
                            LocalDate.of(2027, 3, 10), Half.PM))
            .unit(1, 10, NURSE, 60, 2, stored(NURSE_ID, am(2), 1, true))
            .unit(2, 10, NURSE, 60, 2, stored(NURSE_ID, am(9), 1, true))
            .unit(3, 10, NURSE, 60, 2, stored(NURSE_ID, pm(9), 1, false))
            .unit(4, 10, NURSE, 60, 2, stored(NURSE_ID, am(10), 1, true))
            .unit(5, 10, NURSE, 60, 2, stored(FORMER_NURSE_ID, am(11), 1, true))
            .unit(6, 10, NURSE, 60, 2, stored(FORMER_NURSE_ID, am(3), 1, true))
            .unit(7, 10, NURSE, 60, 2)
            .unit(8, 10, NURSE, 60, 2, stored(NURSE_ID, am(4), 1, false))
            .plan();

    DemandUnit unit(long id) {
        return plan.getUnits().stream().filter(u -> u.getId() == id).findFirst().orElseThrow();
    }

    @Test
    void shiftsFollowThePatternWithoutPublicHolidaysAndLeaveMakesThemUnavailable() {
        var easterMonday = LocalDate.of(2027, 3, 29);
        assertThat(plan.getShifts()).noneMatch(s -> s.halfDay().date().equals(easterMonday));
        assertThat(plan.getShifts()).filteredOn(s -> !s.available())
                .extracting(Shift::halfDay).containsExactly(am(10), pm(10));
        // 22 working days (Easter Monday off) = 44 half-days, 2 on leave: two thirds of 42.
        assertThat(plan.getShifts().get(0).month().maxSessions()).isEqualTo(28);
    }

    @Test
    void aDraftInsideTheNoticeWindowIsNotMetDemandAndIsPlannedAgain() {
        assertThat(unit(8).isPinned()).isFalse();
        assertThat(unit(8).isAssigned()).as("never announced: not counted as met").isFalse();
        assertThat(unit(8).getOriginalSlot().halfDay()).isEqualTo(am(4));
        assertThat(unit(8).isOriginalPublished()).isFalse();
        assertThat(unit(8).getCandidateSlots().slots()).allMatch(slot -> !slot.halfDay().date().isBefore(NOTICE));
    }

    @Test
    void publishedSessionsInsideTheNoticeWindowStayPinnedEvenWhenTheProfessionalIsAway() {
        assertThat(unit(1).isPinned()).isTrue();
        assertThat(unit(1).getSlot().halfDay()).isEqualTo(am(2));
        assertThat(unit(6).isPinned()).isTrue();
        assertThat(unit(6).getShift().available()).isFalse();
    }

    @Test
    void publishedSessionsAfterTheWindowArePinnedWhileTheirProfessionalWorks() {
        assertThat(unit(2).isPinned()).isTrue();
        assertThat(unit(2).getSlot()).isEqualTo(unit(2).getOriginalSlot());
    }

    @Test
    void draftsAfterTheWindowAreTheStartingPointTheSolverMayChange() {
        assertThat(unit(3).isPinned()).isFalse();
        assertThat(unit(3).getSlot().halfDay()).isEqualTo(pm(9));
        assertThat(unit(3).isChanged()).isFalse();
    }

    @Test
    void publishedSessionsOfAProfessionalOnLeaveOrGoneAreRePlanned() {
        for (var id : new long[] {4, 5}) {
            assertThat(unit(id).isPinned()).isFalse();
            assertThat(unit(id).isAssigned()).isFalse();
            assertThat(unit(id).getOriginalSlot()).isNotNull();
            assertThat(unit(id).isChanged()).isTrue();
        }
    }

    @Test
    void unitsWithoutAssignmentStartUnmetWithCandidatesFromTheNoticeDate() {
        assertThat(unit(7).isAssigned()).isFalse();
        assertThat(unit(7).getCandidateSlots().slots()).isNotEmpty()
                .allMatch(slot -> !slot.halfDay().date().isBefore(NOTICE) && slot.shift().available());
    }

    @Test
    void alsaceMoselleAlsoRestsOnGoodFriday() {
        var goodFriday = LocalDate.of(2027, 3, 26);
        var input = new PlanningInputBuilder(MONDAY, LocalDate.of(2027, 3, 31), NOTICE)
                .cabinet(1, 1, 45.76, 4.84, WEEKDAYS)
                .professional(NURSE_ID, NURSE, WEEKDAYS);
        assertThat(input.plan().getShifts()).anyMatch(s -> s.halfDay().date().equals(goodFriday));
        var alsace = input.plan(FrenchCalendar.alsaceMoselle());
        assertThat(alsace.getShifts()).noneMatch(s -> s.halfDay().date().equals(goodFriday));
        // 21 working days = 42 half-days: two thirds.
        assertThat(alsace.getShifts().get(0).month().maxSessions()).isEqualTo(28);
    }

    /** Candidate slots of each unit, as "professional@cabinet" for the first Monday morning. */
    private static List<String> mondayMorning(SessionPlan plan, long unitId) {
        return plan.getUnits().stream().filter(u -> u.getId() == unitId).findFirst().orElseThrow()
                .getCandidateSlots().slots().stream().filter(slot -> slot.halfDay().equals(am(8)))
                .map(slot -> slot.professional().code() + "@" + slot.cabinet().code()).toList();
    }

    @Test
    void eachVisitGetsTheSlotsOfTheKindsAllowedPreferredFirstAndTeleconsultationOnlyByADoctorNeverForHiring() {
        var either = EnumSet.of(NURSE, OCCUPATIONAL_DOCTOR);
        var doctor = EnumSet.of(OCCUPATIONAL_DOCTOR);
        var plan = new PlanningInputBuilder(MONDAY, LocalDate.of(2027, 3, 31), NOTICE)
                .collectivite(10, Map.of(1L, 20))
                .cabinet(1, 1, 45.76, 4.84, WEEKDAYS)
                .teleconsultation(2, WEEKDAYS)
                .professional(100, NURSE, WEEKDAYS)
                .professional(200, OCCUPATIONAL_DOCTOR, WEEKDAYS)
                .unit(1, 10, either, NURSE, VisitReason.VIP, 30)
                .unit(2, 10, doctor, OCCUPATIONAL_DOCTOR, VisitReason.RETURN, 45)
                .unit(3, 10, doctor, OCCUPATIONAL_DOCTOR, VisitReason.HIRING, 30)
                .unit(4, 10, EnumSet.of(NURSE), NURSE, VisitReason.SMP, 30)
                .plan();
        assertThat(mondayMorning(plan, 1)).containsExactly("P100@CAB1", "P200@CAB1", "P200@TELE2");
        assertThat(mondayMorning(plan, 2)).containsExactly("P200@CAB1", "P200@TELE2");
        assertThat(mondayMorning(plan, 3)).containsExactly("P200@CAB1");
        assertThat(mondayMorning(plan, 4)).containsExactly("P100@CAB1");
        // The preferred kind's slots come first over the whole horizon: the first fit fills nurses before doctors.
        var vip = plan.getUnits().get(0).getCandidateSlots().slots();
        assertThat(vip.subList(0, vip.size() / 3)).allMatch(slot -> slot.professional().kind() == NURSE);
    }
}
