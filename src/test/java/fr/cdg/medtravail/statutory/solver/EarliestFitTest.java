package fr.cdg.medtravail.statutory.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.Half;

/** The construction on one doctor's mornings at one single-room place: who is left out when time runs short. */
class EarliestFitTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final DatedHalfDay MONDAY_AM = new DatedHalfDay(MONDAY, Half.AM);
    static final DatedHalfDay TUESDAY_AM = new DatedHalfDay(MONDAY.plusDays(1), Half.AM);

    /** The doctor's mornings with the given free minutes, Monday's first. */
    static List<Placement> mornings(int mondayMinutes, int tuesdayMinutes) {
        return List.of(morning(MONDAY_AM, mondayMinutes), morning(TUESDAY_AM, tuesdayMinutes));
    }

    static Placement morning(DatedHalfDay halfDay, int freeMinutes) {
        return new Placement(new DoctorHalfDay(1, halfDay, freeMinutes, null), new PlaceHalfDay(10, halfDay, 1, Set.of()), 15);
    }

    static OpenRequest request(long id, boolean mandatory, int dueInDays, int minutes, List<Placement> candidates) {
        return new OpenRequest(id, mandatory, MONDAY.minusDays(3), MONDAY.plusDays(dueInDays), minutes, candidates);
    }

    static List<Long> placed(Map<OpenRequest, Placement> placements) {
        return placements.keySet().stream().map(OpenRequest::getId).sorted().toList();
    }

    @Test
    void twoOptionalControlsTakeTheTimeOfALongerOptionalExpertiseDueFirst() {
        var monday = mornings(150, 0).subList(0, 1);
        var plan = new StatutoryPlan(List.of(), List.of(), List.of(request(1, false, 1, 150, monday),
                request(2, false, 4, 60, monday), request(3, false, 4, 60, monday)));

        assertThat(placed(EarliestFit.inOrder(plan, EarliestFit.EARLIEST_DEADLINE))).containsExactly(1L);
        assertThat(placed(EarliestFit.deadlineFirstMandatoryWhenNeeded(plan))).containsExactly(2L, 3L);
    }

    @Test
    void aPlacedControlMovesToTheNextMorningToMakeRoomForAnExpertise() {
        // Monday 180 minutes, Tuesday 90: both controls on Monday leave the expertise no room, one on Tuesday does.
        var candidates = mornings(180, 90);
        var plan = new StatutoryPlan(List.of(), List.of(), List.of(request(1, false, 1, 60, candidates),
                request(2, false, 1, 60, candidates), request(3, false, 4, 120, candidates)));

        assertThat(placed(EarliestFit.inOrder(plan, EarliestFit.EARLIEST_DEADLINE))).containsExactly(1L, 2L);
        var placements = EarliestFit.deadlineFirstMandatoryWhenNeeded(plan);
        assertThat(placed(placements)).containsExactly(1L, 2L, 3L);
        assertThat(placements.values()).extracting(Placement::halfDay).containsExactlyInAnyOrder(MONDAY_AM, MONDAY_AM, TUESDAY_AM);
    }

    @Test
    void aMandatoryRequestTakesThePlaceOfAnOptionalOneButNeverTheReverse() {
        var monday = mornings(120, 0).subList(0, 1);
        var optionalFirst = new StatutoryPlan(List.of(), List.of(), List.of(request(1, false, 1, 120, monday),
                request(2, true, 4, 60, monday), request(3, true, 4, 60, monday)));
        var mandatoryFirst = new StatutoryPlan(List.of(), List.of(), List.of(request(1, true, 1, 120, monday),
                request(2, false, 4, 60, monday)));

        assertThat(placed(EarliestFit.deadlineFirstMandatoryWhenNeeded(optionalFirst))).containsExactly(2L, 3L);
        assertThat(placed(EarliestFit.deadlineFirstMandatoryWhenNeeded(mandatoryFirst))).containsExactly(1L);
    }
}
