package fr.cdg.medtravail.planning.session;

import java.time.LocalDate;
import java.util.Map;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/** A session as the secretariat sees it, with its professional's and cabinet's codes. */
public record StoredSession(long id, long professionalId, String professionalCode, ProfessionalKind professionalKind,
                            LocalDate date, Half halfDay, long cabinetId, String cabinetCode, SessionStatus status,
                            boolean pinned, int capacityMinutes, LocalDate noticeDate,
                            Map<Long, Integer> collectivites) {
}
