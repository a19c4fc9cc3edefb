package fr.cdg.medtravail.planning.session;

import java.time.LocalDate;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/** A published session as its collectivité sees it: where, when, which kind of professional, its minutes. */
public record PublishedSession(long id, LocalDate date, Half halfDay, String cabinetCode, String cabinetName,
                               ProfessionalKind professionalKind, int minutes, int capacityMinutes,
                               LocalDate noticeDate) {
}
