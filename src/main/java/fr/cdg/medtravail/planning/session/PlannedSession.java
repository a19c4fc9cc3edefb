package fr.cdg.medtravail.planning.session;

import java.time.LocalDate;
import java.util.Map;

import fr.cdg.medtravail.calendar.Half;

/** A stored session and the collectivités it serves ({@code collectivites}: id → minutes). */
public record PlannedSession(long id, long horizonId, long professionalId, LocalDate date, Half halfDay,
                             long cabinetId, SessionStatus status, boolean pinned, int capacityMinutes,
                             LocalDate noticeDate, Map<Long, Integer> collectivites) {
}
