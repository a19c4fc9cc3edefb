package fr.cdg.medtravail.booking;

import java.time.LocalDate;
import java.util.List;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/**
 * A published session from one collectivité's side: its hours, the minutes reserved for the collectivité (less
 * those given back), what is left of them and of the shared pool, the free times, and the collectivité's
 * appointments on it.
 */
public record SessionOffer(long sessionId, LocalDate date, Half halfDay, long cabinetId, String cabinetName,
                           ProfessionalKind professionalKind, TimeRange hours, int reservedMinutes,
                           int releasedMinutes, int reserveLeft, int poolLeft, List<TimeRange> freeTimes,
                           List<ScheduledAppointment> appointments) {
}
