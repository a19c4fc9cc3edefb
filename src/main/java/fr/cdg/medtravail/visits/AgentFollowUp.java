package fr.cdg.medtravail.visits;

import java.time.LocalDate;

/**
 * What the visit rules need to know of an agent. {@code lastVipDate} is the last periodic visit (information and
 * prevention, SMP or hiring visit, whoever held it); {@code lastDoctorVisitDate} the last visit held by a doctor.
 */
public record AgentFollowUp(long agentId, long collectiviteId, LocalDate hireDate, boolean administrativePost,
                            boolean smp, Integer smpIntervalMonths, LocalDate lastVipDate,
                            LocalDate lastDoctorVisitDate, LocalDate leftOn) {

    boolean neverSeen() {
        return lastVipDate == null && lastDoctorVisitDate == null;
    }

    boolean activeOn(LocalDate day) {
        return leftOn == null || leftOn.isAfter(day);
    }
}
