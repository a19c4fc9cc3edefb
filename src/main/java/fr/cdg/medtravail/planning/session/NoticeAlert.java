package fr.cdg.medtravail.planning.session;

import java.time.LocalDate;

import fr.cdg.medtravail.planning.PlanningSettings;

/**
 * Where a draft session stands against the four weeks' notice (MEDPREV art. 2.4). A draft inside the window can no
 * longer be published, so the collectivité is never told: it does not count as met demand, and the next run plans
 * its visits again after the notice date. A draft about to enter the window should be published now.
 */
public enum NoticeAlert {
    NONE, ENTERING_WINDOW, INSIDE_WINDOW;

    /** Where a session of {@code status} on {@code date} stands on {@code today}. */
    public static NoticeAlert of(SessionStatus status, LocalDate date, LocalDate today, PlanningSettings settings) {
        if (status != SessionStatus.DRAFT) {
            return NONE;
        }
        var noticeDate = settings.noticeDate(today);
        if (date.isBefore(noticeDate)) {
            return INSIDE_WINDOW;
        }
        return date.isBefore(noticeDate.plusDays(settings.noticeWarningDays())) ? ENTERING_WINDOW : NONE;
    }
}
