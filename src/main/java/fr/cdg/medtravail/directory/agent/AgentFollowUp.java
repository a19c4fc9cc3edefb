package fr.cdg.medtravail.directory.agent;

import java.time.LocalDate;

/** What decides an agent's next visits: hiring, post, SMP follow-up and the last visits. No identity. */
public record AgentFollowUp(long collectiviteId, LocalDate hireDate, boolean administrativePost, boolean smp,
                            Integer smpIntervalMonths, LocalDate lastVipDate, LocalDate lastDoctorVisitDate,
                            LocalDate leftOn) {
}
