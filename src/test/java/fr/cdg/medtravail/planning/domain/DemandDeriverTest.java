package fr.cdg.medtravail.planning.domain;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.NURSE;
import static fr.cdg.medtravail.directory.professional.ProfessionalKind.OCCUPATIONAL_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.directory.agent.AgentFollowUp;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.visits.DueVisit;
import fr.cdg.medtravail.visits.DueVisits;
import fr.cdg.medtravail.visits.VisitKind;
import fr.cdg.medtravail.visits.VisitRequest;
import org.junit.jupiter.api.Test;

/**
 * Each reason for a visit (convention MEDPREV, article 1) as the deriver turns it into demand units, with the kinds of
 * professional allowed to hold it (DueVisits' rules).
 */
class DemandDeriverTest {

    static final LocalDate START = LocalDate.of(2027, 4, 5);
    static final LocalDate END = LocalDate.of(2027, 6, 30);
    static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

    final DemandDeriver deriver = new DemandDeriver(Map.of(VisitReason.VIP, 30, VisitReason.SMP, 30,
            VisitReason.HIRING, 30, VisitReason.RETURN, 45, VisitReason.REQUEST, 30, VisitReason.ADJUSTMENT, 30), 210);

    static AgentFollowUp agent(LocalDate lastVip, LocalDate lastDoctorVisit) {
        return new AgentFollowUp(0, 1, LONG_AGO, false, false, null, lastVip, lastDoctorVisit, null);
    }

    static AgentFollowUp smp(int months, LocalDate lastVip, LocalDate lastDoctorVisit) {
        return new AgentFollowUp(0, 1, LONG_AGO, false, true, months, lastVip, lastDoctorVisit, null);
    }

    /** Units as readable lines: collectivité, allowed kinds (EITHER, DOCTOR, NURSE) > preferred, reason, priority, minutes. */
    private List<String> derive(List<AgentFollowUp> agents, List<DueVisit> requests,
                                List<DemandDeriver.Adjustment> adjustments) {
        return deriver.derive(START, END, agents, requests, adjustments).stream()
                .map(u -> u.collectiviteId() + " " + allowed(u.allowed()) + ">" + u.preferred() + " " + u.reason()
                        + " p" + u.priority() + " " + u.minutes())
                .toList();
    }

    private static String allowed(Set<ProfessionalKind> kinds) {
        return kinds.size() == 2 ? "EITHER" : kinds.contains(OCCUPATIONAL_DOCTOR) ? "DOCTOR" : "NURSE";
    }

    private List<String> derive(AgentFollowUp... agents) {
        return derive(List.of(agents), List.of(), List.of());
    }

    @Test
    void vipEveryTwoYearsByANurseOrADoctorMoreUrgentWhenOverdue() {
        assertThat(derive(agent(LocalDate.of(2025, 1, 1), null))).containsExactly("1 EITHER>NURSE VIP p3 30");
        assertThat(derive(agent(LocalDate.of(2025, 5, 1), null))).containsExactly("1 EITHER>NURSE VIP p2 30");
        assertThat(derive(agent(LocalDate.of(2026, 1, 1), null))).isEmpty();
    }

    @Test
    void smpAlternatesDoctorAndNurseAtTheDoctorsInterval() {
        // Last seen by the nurse: the doctor comes next, then the nurse, then the doctor again (every month).
        var monthly = smp(1, LocalDate.of(2027, 3, 20), LocalDate.of(2026, 12, 1));
        assertThat(derive(monthly)).containsExactly("1 DOCTOR>OCCUPATIONAL_DOCTOR SMP p3 60", "1 NURSE>NURSE SMP p3 30");
        // Last seen by the doctor, overdue: the nurse, at the highest priority.
        var overdue = smp(12, null, LocalDate.of(2025, 1, 1));
        assertThat(derive(overdue)).containsExactly("1 NURSE>NURSE SMP p4 30");
    }

    @Test
    void smpNeverBeyondTwoYears() {
        // A 36-month interval set by the doctor is held at 24: last seen 25 months before the horizon, overdue.
        var rare = smp(36, LocalDate.of(2025, 3, 1), null);
        assertThat(derive(rare)).containsExactly("1 DOCTOR>OCCUPATIONAL_DOCTOR SMP p4 30");
    }

    @Test
    void hiringVisitByTheDoctorOrTheNurseForAnAdministrativePost() {
        var hired = LocalDate.of(2027, 3, 1);
        assertThat(derive(new AgentFollowUp(0, 1, hired, false, false, null, null, null, null)))
                .containsExactly("1 DOCTOR>OCCUPATIONAL_DOCTOR HIRING p4 30");
        assertThat(derive(new AgentFollowUp(0, 1, hired, true, false, null, null, null, null)))
                .containsExactly("1 EITHER>NURSE HIRING p4 30");
    }

    @Test
    void anAgentNeverSeenOwesTheHiringVisitHoweverLongAgoTheHire() {
        assertThat(derive(agent(null, null))).containsExactly("1 DOCTOR>OCCUPATIONAL_DOCTOR HIRING p4 30");
    }

    @Test
    void agentsWhoLeftBeforeTheHorizonOweNothing() {
        assertThat(derive(new AgentFollowUp(0, 1, LONG_AGO, false, false, null, null, null, START.minusDays(1))))
                .isEmpty();
    }

    @Test
    void returnPreReturnEmployerRequestAndOrientationByADoctorOnlyAgentRequestByEither() {
        var requests = List.of(request(VisitKind.RETURN), request(VisitKind.PRE_RETURN),
                request(VisitKind.EMPLOYER_REQUEST), request(VisitKind.NURSE_ORIENTATION),
                request(VisitKind.AGENT_REQUEST));
        assertThat(derive(List.of(), requests, List.of())).containsExactly(
                "2 DOCTOR>OCCUPATIONAL_DOCTOR RETURN p4 90",
                "2 DOCTOR>OCCUPATIONAL_DOCTOR REQUEST p4 60",
                "2 EITHER>NURSE REQUEST p4 30");
    }

    private static DueVisit request(VisitKind kind) {
        return DueVisits.requested(new VisitRequest(1, 7, 2, kind, START.minusDays(10), null, null, "motif", false,
                VisitRequest.Status.OPEN));
    }

    @Test
    void adjustmentAddsHalfDaysAtTheLowestPriorityOrRemovesTheLeastUrgentFirst() {
        assertThat(derive(List.of(), List.of(), List.of(new DemandDeriver.Adjustment(3, NURSE, 2))))
                .containsExactly("3 NURSE>NURSE ADJUSTMENT p1 210", "3 NURSE>NURSE ADJUSTMENT p1 210");
        // Eight VIP visits: seven overdue (p3), one due during the horizon (p2). Removing one half-day (210 min)
        // takes the p2 visit first, then six of the p3 ones.
        var agents = new ArrayList<AgentFollowUp>();
        for (int i = 0; i < 7; i++) {
            agents.add(new AgentFollowUp(0, 3, LONG_AGO, false, false, null, LocalDate.of(2025, 1, 1), null, null));
        }
        agents.add(new AgentFollowUp(0, 3, LONG_AGO, false, false, null, LocalDate.of(2025, 5, 1), null, null));
        assertThat(derive(agents, List.of(), List.of(new DemandDeriver.Adjustment(3, NURSE, -1))))
                .containsExactly("3 EITHER>NURSE VIP p3 30");
    }

    @Test
    void demandIsCutIntoUnitsOfAtMostOneSession() {
        var agents = Collections.nCopies(9, agent(LocalDate.of(2025, 1, 1), null));
        assertThat(derive(agents, List.of(), List.of()))
                .containsExactly("1 EITHER>NURSE VIP p3 210", "1 EITHER>NURSE VIP p3 60");
    }
}
