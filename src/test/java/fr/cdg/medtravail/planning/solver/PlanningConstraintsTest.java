package fr.cdg.medtravail.planning.solver;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.CandidateSlots;
import fr.cdg.medtravail.planning.domain.ConsultingProfessional;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.PlanningRules;
import fr.cdg.medtravail.planning.domain.ProfessionalMonth;
import fr.cdg.medtravail.planning.domain.ServedCollectivite;
import fr.cdg.medtravail.planning.domain.SessionCabinet;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.domain.Shift;
import fr.cdg.medtravail.planning.domain.Slot;
import fr.cdg.medtravail.planning.domain.VisitReason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One nested test class per constraint, each with a satisfied and a violated case. */
class PlanningConstraintsTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final PlanningRules RULES = new PlanningRules(60, 45, 210, MONDAY.minusDays(7));
    static final CandidateSlots NONE = new CandidateSlots(List.of(), Set.of(ProfessionalKind.NURSE), Set.of(), MONDAY);
    static final Set<ProfessionalKind> EITHER = Set.of(ProfessionalKind.NURSE, ProfessionalKind.OCCUPATIONAL_DOCTOR);
    static final Set<Integer> WEEKDAYS = Set.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

    static final SessionCabinet NEAR = new SessionCabinet(1, "NEAR", 1, WEEKDAYS, 48.9, 2.3, null, Map.of(2L, 90, 3L, 20));
    static final SessionCabinet FAR = new SessionCabinet(2, "FAR", 2, WEEKDAYS, 48.5, 2.9, null, Map.of(1L, 90, 3L, 90));
    static final SessionCabinet VIDEO = new SessionCabinet(4, "VIDEO", 5, WEEKDAYS, null, null, null, Map.of());
    static final SessionCabinet OWN = new SessionCabinet(3, "OWN", 1, Set.of(2), 48.9, 2.35, 10L, Map.of(1L, 20, 2L, 90));
    static final ServedCollectivite TOWN = new ServedCollectivite(10, "Town", Map.of(1L, 20, 2L, 75, 3L, 5), 3L);
    static final ServedCollectivite VILLAGE = new ServedCollectivite(11, "Village", Map.of(1L, 30, 2L, 40), null);
    static final ConsultingProfessional NURSE = new ConsultingProfessional(100, "IST1", ProfessionalKind.NURSE, 1.0, Map.of(1L, 10, 2L, 50));
    static final ConsultingProfessional NURSE2 = new ConsultingProfessional(101, "IST2", ProfessionalKind.NURSE, 0.5, Map.of(1L, 15));
    static final ConsultingProfessional DOCTOR = new ConsultingProfessional(200, "MDT1", ProfessionalKind.OCCUPATIONAL_DOCTOR, 1.0, Map.of());
    static final ProfessionalMonth MARCH = new ProfessionalMonth(NURSE, YearMonth.of(2027, 3), 2);
    static final ProfessionalMonth MARCH2 = new ProfessionalMonth(NURSE2, YearMonth.of(2027, 3), 10);

    final ConstraintVerifier<PlanningConstraints, SessionPlan> verifier =
            ConstraintVerifier.build(new PlanningConstraints(), SessionPlan.class, DemandUnit.class);

    static DatedHalfDay am(int dayOffset) {
        return new DatedHalfDay(MONDAY.plusDays(dayOffset), Half.AM);
    }

    static DatedHalfDay pm(int dayOffset) {
        return new DatedHalfDay(MONDAY.plusDays(dayOffset), Half.PM);
    }

    static Shift shift(ConsultingProfessional professional, DatedHalfDay halfDay) {
        var month = professional == NURSE ? MARCH : new ProfessionalMonth(professional, YearMonth.from(halfDay.date()), 10);
        return new Shift(professional, halfDay, month, true);
    }

    private static long nextId = 1;

    static DemandUnit unit(ServedCollectivite collectivite, ProfessionalKind kind, int minutes, Slot slot) {
        return unit(collectivite, Set.of(kind), kind, VisitReason.VIP, minutes, slot);
    }

    static DemandUnit unit(ServedCollectivite collectivite, Set<ProfessionalKind> allowed, ProfessionalKind preferred,
                           VisitReason reason, int minutes, Slot slot) {
        var unit = new DemandUnit(nextId++, collectivite, allowed, preferred, reason, minutes, 2, NONE);
        unit.setSlot(slot);
        return unit;
    }

    static DemandUnit vip(Slot slot) {
        return unit(VILLAGE, EITHER, ProfessionalKind.NURSE, VisitReason.VIP, 60, slot);
    }

    static DemandUnit nurseUnit(Shift shift, SessionCabinet cabinet) {
        return unit(VILLAGE, ProfessionalKind.NURSE, 60, new Slot(shift, cabinet));
    }

    @Nested
    class CabinetWithinTravel {
        @Test
        void reachableCabinetIsFine() {
            verifier.verifyThat(PlanningConstraints::cabinetWithinTravel)
                    .given(RULES, unit(TOWN, ProfessionalKind.NURSE, 60, new Slot(shift(NURSE, am(0)), NEAR)))
                    .penalizesBy(0);
        }

        @Test
        void cabinetOverAnHourAwayIsPenalised() {
            verifier.verifyThat(PlanningConstraints::cabinetWithinTravel)
                    .given(RULES, unit(TOWN, ProfessionalKind.NURSE, 60, new Slot(shift(NURSE, am(0)), FAR)))
                    .penalizesBy(1);
        }
    }

    @Nested
    class ProfessionalKindRule {
        @Test
        void nurseForNurseDemandIsFine() {
            verifier.verifyThat(PlanningConstraints::professionalKind)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR)).penalizesBy(0);
        }

        @Test
        void doctorForNurseDemandIsPenalised() {
            verifier.verifyThat(PlanningConstraints::professionalKind)
                    .given(nurseUnit(shift(DOCTOR, am(0)), NEAR)).penalizesBy(1);
        }

        @Test
        void vipByADoctorOrANurseIsFine() {
            verifier.verifyThat(PlanningConstraints::professionalKind)
                    .given(vip(new Slot(shift(DOCTOR, am(0)), NEAR)), vip(new Slot(shift(NURSE, am(1)), NEAR)))
                    .penalizesBy(0);
        }

        @Test
        void returnToWorkByANurseIsPenalised() {
            var doctorOnly = Set.of(ProfessionalKind.OCCUPATIONAL_DOCTOR);
            verifier.verifyThat(PlanningConstraints::professionalKind)
                    .given(unit(VILLAGE, doctorOnly, ProfessionalKind.OCCUPATIONAL_DOCTOR, VisitReason.RETURN, 45,
                            new Slot(shift(NURSE, am(0)), NEAR)),
                            unit(VILLAGE, doctorOnly, ProfessionalKind.OCCUPATIONAL_DOCTOR, VisitReason.RETURN, 45,
                                    new Slot(shift(DOCTOR, am(0)), NEAR)))
                    .penalizesBy(1);
        }
    }

    @Nested
    class Teleconsultation {
        @Test
        void doctorsVipOrReturnByVideoIsFine() {
            var doctorOnly = Set.of(ProfessionalKind.OCCUPATIONAL_DOCTOR);
            verifier.verifyThat(PlanningConstraints::teleconsultation)
                    .given(vip(new Slot(shift(DOCTOR, am(0)), VIDEO)),
                            unit(VILLAGE, doctorOnly, ProfessionalKind.OCCUPATIONAL_DOCTOR, VisitReason.RETURN, 45,
                                    new Slot(shift(DOCTOR, am(0)), VIDEO)),
                            unit(VILLAGE, doctorOnly, ProfessionalKind.OCCUPATIONAL_DOCTOR, VisitReason.HIRING, 30,
                                    new Slot(shift(DOCTOR, am(1)), NEAR)))
                    .penalizesBy(0);
        }

        @Test
        void firstHiringVisitOrANurseByVideoIsPenalised() {
            verifier.verifyThat(PlanningConstraints::teleconsultation)
                    .given(unit(VILLAGE, EITHER, ProfessionalKind.OCCUPATIONAL_DOCTOR, VisitReason.HIRING, 30,
                                    new Slot(shift(DOCTOR, am(0)), VIDEO)),
                            vip(new Slot(shift(NURSE, am(0)), VIDEO)))
                    .penalizesBy(2);
        }
    }

    @Nested
    class PreferredKind {
        @Test
        void vipByANurseIsFine() {
            verifier.verifyThat(PlanningConstraints::preferredKind)
                    .given(vip(new Slot(shift(NURSE, am(0)), NEAR)), vip(null)).penalizesBy(0);
        }

        @Test
        void vipByADoctorCostsItsMinutes() {
            verifier.verifyThat(PlanningConstraints::preferredKind)
                    .given(vip(new Slot(shift(DOCTOR, am(0)), NEAR))).penalizesBy(60);
        }
    }

    @Nested
    class ProfessionalWorks {
        @Test
        void availableShiftIsFine() {
            verifier.verifyThat(PlanningConstraints::professionalWorks)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR)).penalizesBy(0);
        }

        @Test
        void shiftOnLeaveIsPenalised() {
            var onLeave = new Shift(NURSE, am(0), MARCH, false);
            verifier.verifyThat(PlanningConstraints::professionalWorks)
                    .given(nurseUnit(onLeave, NEAR)).penalizesBy(1);
        }
    }

    @Nested
    class OneCabinetPerHalfDay {
        @Test
        void twoCollectivitesSharingOneSessionAreFine() {
            var s = shift(NURSE, am(0));
            verifier.verifyThat(PlanningConstraints::oneCabinetPerHalfDay)
                    .given(nurseUnit(s, NEAR), unit(TOWN, ProfessionalKind.NURSE, 60, new Slot(s, NEAR)))
                    .penalizesBy(0);
        }

        @Test
        void twoCabinetsInOneHalfDayArePenalised() {
            var s = shift(NURSE, am(0));
            verifier.verifyThat(PlanningConstraints::oneCabinetPerHalfDay)
                    .given(nurseUnit(s, NEAR), nurseUnit(s, FAR)).penalizesBy(1);
        }
    }

    @Nested
    class SessionCapacity {
        @Test
        void visitsFittingTheHalfDayAreFine() {
            var s = shift(NURSE, am(0));
            verifier.verifyThat(PlanningConstraints::sessionCapacity)
                    .given(RULES, unit(VILLAGE, ProfessionalKind.NURSE, 150, new Slot(s, NEAR)), nurseUnit(s, NEAR))
                    .penalizesBy(0);
        }

        @Test
        void overbookedSessionIsPenalisedPerHalfHour() {
            var s = shift(NURSE, am(0));
            verifier.verifyThat(PlanningConstraints::sessionCapacity)
                    .given(RULES, unit(VILLAGE, ProfessionalKind.NURSE, 210, new Slot(s, NEAR)), nurseUnit(s, NEAR))
                    .penalizesBy(2);
        }
    }

    @Nested
    class FullSessions {
        @Test
        void aFullSessionCostsNothing() {
            var s = shift(NURSE, am(0));
            verifier.verifyThat(PlanningConstraints::fullSessions)
                    .given(RULES, unit(VILLAGE, ProfessionalKind.NURSE, 150, new Slot(s, NEAR)), nurseUnit(s, NEAR))
                    .penalizesBy(0);
        }

        @Test
        void aPartlyFilledSessionCostsUsedTimesFreeQuarterHours() {
            // 90 min used and 120 free: 90 × 120 / 225 = 48; 30 used and 180 free: 24.
            var morning = shift(NURSE, am(0));
            var afternoon = shift(NURSE, pm(0));
            verifier.verifyThat(PlanningConstraints::fullSessions)
                    .given(RULES, unit(VILLAGE, ProfessionalKind.NURSE, 30, new Slot(morning, NEAR)),
                            nurseUnit(morning, NEAR), unit(VILLAGE, ProfessionalKind.NURSE, 30, new Slot(afternoon, NEAR)))
                    .penalizesBy(48 + 24);
        }
    }

    @Nested
    class LunchTrip {
        @Test
        void shortTripBetweenMorningAndAfternoonIsFine() {
            verifier.verifyThat(PlanningConstraints::lunchTrip)
                    .given(RULES, nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE, pm(0)), OWN))
                    .penalizesBy(0);
        }

        @Test
        void tripLongerThanTheBreakIsPenalised() {
            verifier.verifyThat(PlanningConstraints::lunchTrip)
                    .given(RULES, nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE, pm(0)), FAR))
                    .penalizesBy(1);
        }

        @Test
        void onceForAPairOfSessionsWhateverTheirUnits() {
            var morning = shift(NURSE, am(0));
            var afternoon = shift(NURSE, pm(0));
            verifier.verifyThat(PlanningConstraints::lunchTrip)
                    .given(RULES, unit(VILLAGE, ProfessionalKind.NURSE, 30, new Slot(morning, NEAR)),
                            unit(VILLAGE, ProfessionalKind.NURSE, 30, new Slot(morning, NEAR)),
                            unit(TOWN, ProfessionalKind.NURSE, 30, new Slot(morning, NEAR)),
                            unit(VILLAGE, ProfessionalKind.NURSE, 30, new Slot(afternoon, FAR)),
                            unit(VILLAGE, ProfessionalKind.NURSE, 30, new Slot(afternoon, FAR)),
                            unit(VILLAGE, ProfessionalKind.NURSE, 30, new Slot(afternoon, FAR)),
                            unit(TOWN, ProfessionalKind.NURSE, 30, new Slot(afternoon, FAR)))
                    .penalizesBy(1);
        }
    }

    @Nested
    class CabinetRooms {
        @Test
        void oneSessionInAOneRoomCabinetIsFine() {
            verifier.verifyThat(PlanningConstraints::cabinetRooms)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE2, am(1)), NEAR))
                    .penalizesBy(0);
        }

        @Test
        void twoSessionsInAOneRoomCabinetArePenalised() {
            verifier.verifyThat(PlanningConstraints::cabinetRooms)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE2, am(0)), NEAR))
                    .penalizesBy(1);
        }
    }

    @Nested
    class CabinetOpen {
        @Test
        void openHalfDayIsFine() {
            verifier.verifyThat(PlanningConstraints::cabinetOpen)
                    .given(nurseUnit(shift(NURSE, am(0)), OWN)).penalizesBy(0);
        }

        @Test
        void closedHalfDayIsPenalised() {
            verifier.verifyThat(PlanningConstraints::cabinetOpen)
                    .given(nurseUnit(shift(NURSE, pm(0)), OWN)).penalizesBy(1);
        }
    }

    @Nested
    class TiersTemps {
        @Test
        void sessionsWithinTwoThirdsAreFine() {
            var s = shift(NURSE, am(0));
            verifier.verifyThat(PlanningConstraints::tiersTemps)
                    .given(nurseUnit(s, NEAR), nurseUnit(s, NEAR), nurseUnit(shift(NURSE, am(1)), NEAR))
                    .penalizesBy(0);
        }

        @Test
        void sessionsBeyondTheMonthlyBudgetArePenalised() {
            verifier.verifyThat(PlanningConstraints::tiersTemps)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE, am(1)), NEAR),
                            nurseUnit(shift(NURSE, am(2)), NEAR), nurseUnit(shift(NURSE, am(3)), NEAR))
                    .penalizesBy(2);
        }

        @Test
        void aRestoredSessionOnAHalfDayNoLongerWorkedIsNotCounted() {
            // Charged once, to "Professional works that half-day".
            var noLongerWorked = new Shift(NURSE, am(4), MARCH, false);
            verifier.verifyThat(PlanningConstraints::tiersTemps)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE, am(1)), NEAR),
                            nurseUnit(noLongerWorked, NEAR))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Notice {
        @Test
        void unchangedSessionInsideTheWindowAndNewSessionAfterItAreFine() {
            var stored = new Slot(shift(NURSE, am(-14)), NEAR);
            var kept = nurseUnit(stored.shift(), NEAR);
            kept.setOriginalSlot(stored);
            verifier.verifyThat(PlanningConstraints::notice)
                    .given(RULES, kept, nurseUnit(shift(NURSE, am(0)), NEAR)).penalizesBy(0);
        }

        @Test
        void creatingMovingOrCancellingInsideTheWindowIsPenalised() {
            var created = nurseUnit(shift(NURSE, am(-14)), NEAR);
            var moved = nurseUnit(shift(NURSE, am(0)), NEAR);
            moved.setOriginalSlot(new Slot(shift(NURSE, am(-13)), NEAR));
            moved.setOriginalPublished(true);
            var cancelled = unit(VILLAGE, ProfessionalKind.NURSE, 60, null);
            cancelled.setOriginalSlot(new Slot(shift(NURSE, am(-12)), NEAR));
            cancelled.setOriginalPublished(true);
            verifier.verifyThat(PlanningConstraints::notice)
                    .given(RULES, created, moved, cancelled).penalizesBy(3);
        }

        @Test
        void aDraftInsideTheWindowWasNeverAnnouncedSoPlanningItAgainIsFine() {
            var replanned = nurseUnit(shift(NURSE, am(0)), NEAR);
            replanned.setOriginalSlot(new Slot(shift(NURSE, am(-13)), NEAR));
            var dropped = unit(VILLAGE, ProfessionalKind.NURSE, 60, null);
            dropped.setOriginalSlot(new Slot(shift(NURSE, am(-12)), NEAR));
            verifier.verifyThat(PlanningConstraints::notice)
                    .given(RULES, replanned, dropped).penalizesBy(0);
        }
    }

    @Nested
    class UnmetDemand {
        @Test
        void assignedDemandIsFine() {
            verifier.verifyThat(PlanningConstraints::unmetDemand)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR)).penalizesBy(0);
        }

        @Test
        void unmetDemandIsWeightedByPriority() {
            var overdue = new DemandUnit(nextId++, TOWN, Set.of(ProfessionalKind.OCCUPATIONAL_DOCTOR),
                    ProfessionalKind.OCCUPATIONAL_DOCTOR, VisitReason.SMP, 30, 4, NONE);
            var routine = new DemandUnit(nextId++, TOWN, EITHER, ProfessionalKind.NURSE, VisitReason.VIP, 30, 1, NONE);
            verifier.verifyThat(PlanningConstraints::unmetDemand)
                    .given(overdue, routine).penalizesBy(30 * 64 + 30);
        }
    }

    @Nested
    class SectorContinuity {
        @Test
        void oneProfessionalPerCollectiviteIsFine() {
            verifier.verifyThat(PlanningConstraints::sectorContinuity)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE, am(1)), NEAR))
                    .penalizesBy(0);
        }

        @Test
        void eachExtraProfessionalIsPenalised() {
            verifier.verifyThat(PlanningConstraints::sectorContinuity)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE2, am(1)), NEAR))
                    .penalizesBy(1);
        }
    }

    @Nested
    class HomeTravel {
        @Test
        void sharedSessionCountsTravelOnce() {
            var s = shift(NURSE, am(0));
            verifier.verifyThat(PlanningConstraints::homeTravel)
                    .given(nurseUnit(s, NEAR), nurseUnit(s, NEAR)).penalizesBy(10);
        }

        @Test
        void fartherCabinetCostsMore() {
            verifier.verifyThat(PlanningConstraints::homeTravel)
                    .given(nurseUnit(shift(NURSE, am(0)), FAR)).penalizesBy(50);
        }
    }

    @Nested
    class LoadBalance {
        @Test
        void loadProportionalToRatioCostsLeast() {
            // NURSE (100 %) 2 sessions, NURSE2 (50 %) 1 session: 4/1 + 1/0.5 = 6.
            verifier.verifyThat(PlanningConstraints::loadBalance)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE, am(1)), NEAR),
                            nurseUnit(shift(NURSE2, am(2)), NEAR))
                    .penalizesBy(6);
        }

        @Test
        void loadOnThePartTimerCostsMore() {
            // NURSE2 (50 %) 3 sessions: 9/0.5 = 18.
            verifier.verifyThat(PlanningConstraints::loadBalance)
                    .given(nurseUnit(shift(NURSE2, am(0)), NEAR), nurseUnit(shift(NURSE2, am(1)), NEAR),
                            nurseUnit(shift(NURSE2, am(2)), NEAR))
                    .penalizesBy(18);
        }
    }

    @Nested
    class Spread {
        @Test
        void sessionsInDifferentWeeksCostLess() {
            verifier.verifyThat(PlanningConstraints::spread)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE, am(7)), NEAR))
                    .penalizesBy(2);
        }

        @Test
        void sessionsBunchedInOneWeekCostMore() {
            verifier.verifyThat(PlanningConstraints::spread)
                    .given(nurseUnit(shift(NURSE, am(0)), NEAR), nurseUnit(shift(NURSE, am(1)), NEAR))
                    .penalizesBy(4);
        }
    }

    @Nested
    class OwnCabinet {
        @Test
        void ownCabinetOrNoOwnCabinetIsFine() {
            verifier.verifyThat(PlanningConstraints::ownCabinet)
                    .given(unit(TOWN, ProfessionalKind.NURSE, 60, new Slot(shift(NURSE, am(0)), OWN)),
                            nurseUnit(shift(NURSE, am(1)), NEAR))
                    .penalizesBy(0);
        }

        @Test
        void anotherCabinetWhenTheCollectiviteHasOneIsPenalised() {
            verifier.verifyThat(PlanningConstraints::ownCabinet)
                    .given(unit(TOWN, ProfessionalKind.NURSE, 60, new Slot(shift(NURSE, am(0)), NEAR)))
                    .penalizesBy(1);
        }
    }

    @Nested
    class Stability {
        @Test
        void keptOrNewAssignmentsAreFine() {
            var kept = nurseUnit(shift(NURSE, am(0)), NEAR);
            kept.setOriginalSlot(new Slot(shift(NURSE, am(0)), NEAR));
            verifier.verifyThat(PlanningConstraints::stability)
                    .given(kept, nurseUnit(shift(NURSE, am(1)), NEAR)).penalizesBy(0);
        }

        @Test
        void reassignedOrDroppedUnitsArePenalised() {
            var reassigned = nurseUnit(shift(NURSE2, am(0)), NEAR);
            reassigned.setOriginalSlot(new Slot(shift(NURSE, am(0)), NEAR));
            var dropped = unit(VILLAGE, ProfessionalKind.NURSE, 60, null);
            dropped.setOriginalSlot(new Slot(shift(NURSE, am(1)), NEAR));
            verifier.verifyThat(PlanningConstraints::stability)
                    .given(reassigned, dropped).penalizesBy(2);
        }
    }
}
