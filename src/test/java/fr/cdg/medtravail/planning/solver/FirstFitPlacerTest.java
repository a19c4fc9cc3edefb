package fr.cdg.medtravail.planning.solver;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.NURSE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.PlanningInputBuilder;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import org.junit.jupiter.api.Test;

/** First fit by priority, on hand-made weeks where exactly one hard rule leaves a unit out. */
class FirstFitPlacerTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    /** Four half-days a week: 18 in March 2027 (Easter Monday off), a tiers-temps budget of 12 sessions. */
    static final Set<WeeklyHalfDay> MONDAY_TUESDAY = WeeklyHalfDay.parseAll("MON-AM MON-PM TUE-AM TUE-PM");
    static final Set<WeeklyHalfDay> MONDAY_MORNING = WeeklyHalfDay.parseAll("MON-AM");
    static final Set<WeeklyHalfDay> MONDAY_AFTERNOON = WeeklyHalfDay.parseAll("MON-PM");

    static PlanningInputBuilder week() {
        return new PlanningInputBuilder(MONDAY, MONDAY.plusDays(4), MONDAY)
                .collectivite(10, Map.of(1L, 20, 2L, 20));
    }

    static SessionPlan placed(PlanningInputBuilder week) {
        var plan = week.plan();
        FirstFitPlacer.place(plan, DemandUnit::setSlot);
        return plan;
    }

    static boolean assigned(SessionPlan plan, long unitId) {
        return plan.getUnits().stream().filter(u -> u.getId() == unitId).findFirst().orElseThrow().isAssigned();
    }

    @Test
    void theMostUrgentUnitTakesTheOnlySessionItFits() {
        var plan = placed(week().cabinet(1, 1, 45.76, 4.84, MONDAY_MORNING)
                .professional(100, NURSE, MONDAY_TUESDAY)
                .unit(1, 10, NURSE, 150, 1)
                .unit(2, 10, NURSE, 150, 4));
        assertThat(assigned(plan, 2)).isTrue();
        assertThat(assigned(plan, 1)).as("session capacity: 300 min do not fit 210").isFalse();
    }

    @Test
    void aProfessionalHoldsOneCabinetPerHalfDay() {
        var plan = placed(week().collectivite(11, Map.of(2L, 20))
                .cabinet(1, 1, 45.76, 4.84, MONDAY_MORNING)
                .cabinet(2, 1, 45.77, 4.85, MONDAY_MORNING)
                .professional(100, NURSE, MONDAY_TUESDAY)
                .unit(1, 10, NURSE, 60, 2)
                .unit(2, 11, NURSE, 60, 2));
        assertThat(plan.getUnits()).filteredOn(DemandUnit::isAssigned).hasSize(1);
        assertThat(plan.getUnits()).filteredOn(DemandUnit::isAssigned).first()
                .extracting(DemandUnit::getCabinet).extracting(c -> c.id()).isEqualTo(1L);
    }

    @Test
    void aCabinetHostsNoMoreSessionsThanItHasRooms() {
        var plan = placed(week().cabinet(1, 1, 45.76, 4.84, MONDAY_MORNING)
                .professional(100, NURSE, MONDAY_TUESDAY)
                .professional(101, NURSE, MONDAY_TUESDAY)
                .unit(1, 10, NURSE, 150, 2)
                .unit(2, 10, NURSE, 150, 2));
        assertThat(plan.getUnits()).filteredOn(DemandUnit::isAssigned).hasSize(1);
    }

    @Test
    void tiersTempsCapsTheSessionsOfAMonth() {
        // Ten of March's twelve sessions are held in other horizons.
        var plan = placed(week().cabinet(1, 1, 45.76, 4.84, PlanningInputBuilder.WEEKDAYS)
                .professional(100, NURSE, MONDAY_TUESDAY, Map.of(YearMonth.of(2027, 3), 10))
                .unit(1, 10, NURSE, 210, 2)
                .unit(2, 10, NURSE, 210, 2)
                .unit(3, 10, NURSE, 210, 2));
        assertThat(plan.getUnits()).filteredOn(DemandUnit::isAssigned).hasSize(2);
    }

    @Test
    void theAfternoonCabinetIsReachableOverLunch() {
        // The second cabinet is some ninety kilometres north of the first.
        var plan = placed(week().collectivite(11, Map.of(2L, 20))
                .cabinet(1, 1, 45.76, 4.84, MONDAY_MORNING)
                .cabinet(2, 1, 46.6, 4.84, MONDAY_AFTERNOON)
                .professional(100, NURSE, MONDAY_TUESDAY)
                .unit(1, 10, NURSE, 210, 3)
                .unit(2, 11, NURSE, 210, 2));
        assertThat(assigned(plan, 1)).isTrue();
        assertThat(assigned(plan, 2)).isFalse();
    }
}
