package fr.cdg.medtravail.planning.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.calendar.Half;

/** A stored session and the collectivités it serves ({@code collectivites}: id → minutes). */
public record PlannedSession(long id, long horizonId, long professionalId, LocalDate date, Half halfDay,
                             long cabinetId, SessionStatus status, boolean pinned, int capacityMinutes,
                             LocalDate noticeDate, Map<Long, Integer> collectivites) {

    /** Its identity across plans ({@link SessionDraft#slot}). */
    public String slot() {
        return SessionDraft.slot(professionalId, date, halfDay, cabinetId);
    }

    /** The ids of the collectivités the session serves: those told when it moves. */
    public List<Long> servedCollectivites() {
        return List.copyOf(collectivites.keySet());
    }
}
