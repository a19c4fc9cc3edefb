package fr.cdg.medtravail.visits;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.NURSE;
import static fr.cdg.medtravail.directory.professional.ProfessionalKind.OCCUPATIONAL_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import fr.cdg.medtravail.directory.agent.AgentFollowUp;

class DueVisitsTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    static AgentFollowUp agent(LocalDate hired, boolean administrative, boolean smp, Integer interval,
                               LocalDate lastVip, LocalDate lastDoctor) {
        return new AgentFollowUp(1, 10, hired, administrative, smp, interval, lastVip, lastDoctor, null);
    }

    static DueVisit periodic(AgentFollowUp agent) {
        return DueVisits.periodic(agent, TODAY).orElseThrow();
    }

    @Nested
    class Hiring {

        @Test
        void anAgentNeverSeenOwesAHiringVisitByADoctorHoweverLongAgoTheyWereHired() {
            var due = periodic(agent(LocalDate.of(2015, 1, 5), false, false, null, null, null));
            assertThat(due.kind()).isEqualTo(VisitKind.HIRING);
            assertThat(due.dueOn()).isEqualTo(LocalDate.of(2015, 1, 5));
            assertThat(due.allowed()).containsExactly(OCCUPATIONAL_DOCTOR);
        }

        @Test
        void anAdministrativePostMayBeSeenByANursePreferably() {
            var due = periodic(agent(LocalDate.of(2027, 2, 1), true, false, null, null, null));
            assertThat(due.allowed()).containsExactlyInAnyOrder(NURSE, OCCUPATIONAL_DOCTOR);
            assertThat(due.preferred()).isEqualTo(NURSE);
        }

        @Test
        void anSmpAgentNeverSeenAlsoStartsWithTheHiringVisit() {
            assertThat(periodic(agent(LocalDate.of(2026, 6, 1), false, true, 12, null, null)).kind())
                    .isEqualTo(VisitKind.HIRING);
        }
    }

    @Nested
    class Vip {

        @Test
        void isDueTwoYearsAfterTheLastPeriodicVisitByANurseOrADoctor() {
            var due = periodic(agent(LocalDate.of(2010, 1, 1), false, false, null, LocalDate.of(2025, 9, 10), null));
            assertThat(due.kind()).isEqualTo(VisitKind.VIP);
            assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 9, 10));
            assertThat(due.allowed()).containsExactlyInAnyOrder(NURSE, OCCUPATIONAL_DOCTOR);
            assertThat(due.preferred()).isEqualTo(NURSE);
        }

        @Test
        void anAgentSeenOnlyByADoctorCountsFromThatVisit() {
            var due = periodic(agent(LocalDate.of(2024, 1, 1), false, false, null, null, LocalDate.of(2024, 2, 1)));
            assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        }
    }

    @Nested
    class Smp {

        @Test
        void followsTheDoctorsIntervalAndGoesToWhoeverDidNotSeeTheAgentLast() {
            var lastSeenByNurse = agent(LocalDate.of(2010, 1, 1), false, true, 12, LocalDate.of(2026, 5, 2),
                    LocalDate.of(2025, 5, 2));
            var due = periodic(lastSeenByNurse);
            assertThat(due.kind()).isEqualTo(VisitKind.SMP);
            assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 5, 2));
            assertThat(due.allowed()).containsExactly(OCCUPATIONAL_DOCTOR);

            var lastSeenByDoctor = agent(LocalDate.of(2010, 1, 1), false, true, 12, LocalDate.of(2026, 5, 2),
                    LocalDate.of(2026, 5, 2));
            assertThat(periodic(lastSeenByDoctor).allowed()).containsExactly(NURSE);
        }

        @Test
        void neverLeavesMoreThanTwoYearsBetweenTwoVisits() {
            var due = periodic(agent(LocalDate.of(2010, 1, 1), false, true, 36, LocalDate.of(2026, 1, 1), null));
            assertThat(due.dueOn()).isEqualTo(LocalDate.of(2028, 1, 1));
            var unset = periodic(agent(LocalDate.of(2010, 1, 1), false, true, null, LocalDate.of(2026, 1, 1), null));
            assertThat(unset.dueOn()).isEqualTo(LocalDate.of(2028, 1, 1));
        }

        @Test
        void recursWithinAPeriodAlternatingNurseAndDoctor() {
            var agent = agent(LocalDate.of(2010, 1, 1), false, true, 3, LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 9, 1));
            var visits = DueVisits.periodicUntil(agent, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 9, 30));
            assertThat(visits).extracting(DueVisit::dueOn).containsExactly(LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 1));
            assertThat(visits).extracting(DueVisit::preferred)
                    .containsExactly(OCCUPATIONAL_DOCTOR, NURSE, OCCUPATIONAL_DOCTOR);
        }

        @Test
        void anOverdueVisitCountsAsHeldAtTheStartOfThePeriod() {
            var agent = agent(LocalDate.of(2010, 1, 1), false, true, 6, LocalDate.of(2026, 1, 10), null);
            var visits = DueVisits.periodicUntil(agent, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 9, 30));
            assertThat(visits).extracting(DueVisit::dueOn).containsExactly(LocalDate.of(2026, 7, 10),
                    LocalDate.of(2027, 7, 4));
        }
    }

    @Test
    void anAgentWhoLeftOwesNothing() {
        var left = new AgentFollowUp(1, 10, LocalDate.of(2010, 1, 1), false, false, null, null, null,
                LocalDate.of(2027, 3, 1));
        assertThat(DueVisits.periodic(left, TODAY)).isEmpty();
        assertThat(DueVisits.periodic(left, LocalDate.of(2027, 2, 28))).isPresent();
    }

    @Nested
    class Requests {

        static VisitRequest request(long id, VisitKind kind, LocalDate filedOn, LocalDate returnOn,
                                    VisitRequest.Status status) {
            return new VisitRequest(id, 1, 10, kind, filedOn, null, returnOn, null, false, status);
        }

        @Test
        void eachKindNamesWhoMayHoldIt() {
            assertThat(VisitKind.RETURN.allowed()).containsExactly(OCCUPATIONAL_DOCTOR);
            assertThat(VisitKind.PRE_RETURN.allowed()).containsExactly(OCCUPATIONAL_DOCTOR);
            assertThat(VisitKind.EMPLOYER_REQUEST.allowed()).containsExactly(OCCUPATIONAL_DOCTOR);
            assertThat(VisitKind.NURSE_ORIENTATION.allowed()).containsExactly(OCCUPATIONAL_DOCTOR);
            assertThat(VisitKind.AGENT_REQUEST.allowed()).isEqualTo(Set.of(NURSE, OCCUPATIONAL_DOCTOR));
        }

        @Test
        void aReturnIsDueOnTheDayOfReturnAndOpenRequestsComeFirstWhenMoreUrgent() {
            var agent = agent(LocalDate.of(2010, 1, 1), false, false, null, LocalDate.of(2026, 1, 1), null);
            var requests = List.of(
                    request(5, VisitKind.RETURN, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20),
                            VisitRequest.Status.OPEN),
                    request(6, VisitKind.EMPLOYER_REQUEST, LocalDate.of(2027, 3, 2), null,
                            VisitRequest.Status.CANCELLED));
            var due = DueVisits.dueFor(agent, requests, TODAY);
            assertThat(due).extracting(DueVisit::kind).containsExactly(VisitKind.RETURN, VisitKind.VIP);
            assertThat(due.get(0).dueOn()).isEqualTo(LocalDate.of(2027, 3, 20));
            assertThat(due.get(0).requestId()).isEqualTo(5L);
        }

        @Test
        void onTheSameDayTheMoreUrgentKindComesFirst() {
            var agent = agent(LocalDate.of(2010, 1, 1), false, false, null, LocalDate.of(2025, 3, 20), null);
            var due = DueVisits.dueFor(agent, List.of(request(7, VisitKind.RETURN, LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 3, 20), VisitRequest.Status.OPEN)), TODAY);
            assertThat(due).extracting(DueVisit::kind).containsExactly(VisitKind.RETURN, VisitKind.VIP);
        }
    }
}
