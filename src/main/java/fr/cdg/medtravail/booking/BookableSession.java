package fr.cdg.medtravail.booking;

import java.time.LocalDate;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/** A published session as booking sees it: who holds it, where, and its clock times. */
public record BookableSession(long id, LocalDate date, Half half, long cabinetId, String cabinetName,
                              long professionalId, ProfessionalKind professionalKind, int capacityMinutes,
                              SessionHours hours) {
}
