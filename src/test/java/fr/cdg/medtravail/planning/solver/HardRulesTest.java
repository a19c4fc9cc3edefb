package fr.cdg.medtravail.planning.solver;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.NURSE;
import static fr.cdg.medtravail.planning.domain.PlanningInputBuilder.WEEKDAYS;
import static fr.cdg.medtravail.planning.domain.PlanningInputBuilder.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.planning.domain.PlanningInputBuilder;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import org.junit.jupiter.api.Test;

/**
 * A session moved by the secretariat is checked by the rules the construction uses, on the stored plan: a week
 * astride May and June. Tiers temps counts the whole month whatever the horizons: May 2027 holds 35 working
 * half-days of this pattern (Ascension and Whit Monday off), a budget of 23 sessions, 22 of them in the horizon
 * before, so one is left here.
 */
class HardRulesTest {

    static final LocalDate MAY_31 = LocalDate.of(2027, 5, 31);
    static final LocalDate JUNE_4 = LocalDate.of(2027, 6, 4);

    static DatedHalfDay at(int month, int day, Half half) {
        return new DatedHalfDay(LocalDate.of(2027, month, day), half);
    }

    static final Set<WeeklyHalfDay> WORKS_BUT_THURSDAY_AFTERNOON =
            WeeklyHalfDay.parseAll("MON-AM MON-PM TUE-AM TUE-PM WED-AM WED-PM THU-AM FRI-AM FRI-PM");

    final SessionPlan plan = new PlanningInputBuilder(MAY_31, JUNE_4, MAY_31)
            .collectivite(10, Map.of(1L, 20, 2L, 20))
            .cabinet(1, 1, 45.76, 4.84, WEEKDAYS)
            .cabinet(2, 1, 46.6, 4.84, WEEKDAYS)
            .professional(100, NURSE, WORKS_BUT_THURSDAY_AFTERNOON, Map.of(YearMonth.of(2027, 5), 22))
            .unit(1, 10, NURSE, 60, 2, stored(100, at(5, 31, Half.AM), 1, false))
            .unit(2, 10, NURSE, 60, 2, stored(100, at(6, 1, Half.AM), 1, false))
            .unit(3, 10, NURSE, 60, 2, stored(100, at(6, 2, Half.AM), 1, false))
            .plan();

    /** Moves the session of unit 2 (1 June, morning, first cabinet). */
    PlanningConstraint move(DatedHalfDay to, long cabinetId) {
        var units = plan.getUnits().stream().filter(u -> u.getId() == 2).toList();
        var cabinet = plan.getCabinets().stream().filter(c -> c.id() == cabinetId).findFirst().orElseThrow();
        return HardRules.brokenByMove(plan, units, plan.getProfessionals().get(0), to, cabinet);
    }

    @Test
    void aMoveKeepingEveryRuleIsAccepted() {
        assertThat(move(at(6, 3, Half.AM), 2)).isNull();
    }

    @Test
    void aMoveIntoAMonthWhoseBudgetIsSpentBreaksTiersTemps() {
        assertThat(move(at(5, 31, Half.PM), 1)).isEqualTo(PlanningConstraint.TIERS_TEMPS);
    }

    @Test
    void aMonthSplitByTwoHorizonsHasOneBudget() {
        var alone = new PlanningInputBuilder(MAY_31, JUNE_4, MAY_31)
                .collectivite(10, Map.of(1L, 20))
                .cabinet(1, 1, 45.76, 4.84, WEEKDAYS)
                .professional(100, NURSE, WORKS_BUT_THURSDAY_AFTERNOON)
                .plan();
        var may = alone.getShifts().get(0).month();
        assertThat(may.maxSessions()).as("the whole of May, not its last day").isEqualTo(23);
        assertThat(plan.getShifts().get(0).month().maxSessions()).as("less the other horizon's 22").isEqualTo(1);
    }

    @Test
    void aMoveToAFarCabinetAfterAMorningElsewhereBreaksTheLunchTrip() {
        assertThat(move(at(6, 2, Half.PM), 2)).isEqualTo(PlanningConstraint.LUNCH_TRIP);
    }

    @Test
    void aMoveOutsideTheHorizonIsRefused() {
        assertThat(move(at(6, 7, Half.AM), 1)).isEqualTo(PlanningConstraint.INSIDE_HORIZON);
    }

    @Test
    void aMoveOntoAnotherSessionOfTheProfessionalBreaksOneCabinetPerHalfDay() {
        assertThat(move(at(6, 2, Half.AM), 2)).isEqualTo(PlanningConstraint.ONE_CABINET_PER_HALF_DAY);
    }

    @Test
    void aMoveOnAHalfDayTheProfessionalDoesNotWorkBreaksProfessionalWorks() {
        assertThat(move(at(6, 3, Half.PM), 1)).isEqualTo(PlanningConstraint.PROFESSIONAL_WORKS);
    }
}
