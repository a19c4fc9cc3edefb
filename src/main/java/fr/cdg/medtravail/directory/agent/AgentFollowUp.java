package fr.cdg.medtravail.directory.agent;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * What decides an agent's next visits: hiring, post, SMP follow-up and the last visits; no identity beyond the ids.
 * {@code lastVipDate} is the last periodic visit (information and prevention, SMP or hiring visit, whoever held it);
 * {@code lastDoctorVisitDate} the last visit held by a doctor.
 */
@NamedInterface("agent")
public record AgentFollowUp(long agentId, long collectiviteId, LocalDate hireDate, boolean administrativePost,
                            boolean smp, Integer smpIntervalMonths, LocalDate lastVipDate,
                            LocalDate lastDoctorVisitDate, LocalDate leftOn) {

    public boolean neverSeen() {
        return lastVipDate == null && lastDoctorVisitDate == null;
    }

    public boolean activeOn(LocalDate day) {
        return leftOn == null || leftOn.isAfter(day);
    }
}
