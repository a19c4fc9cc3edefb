package fr.cdg.medtravail.planning.session;

import java.time.LocalDate;

/**
 * Where a draft session stands against the four weeks' notice (MEDPREV art. 2.4). A draft inside the window can no
 * longer be published, so the collectivité is never told: it does not count as met demand, and the next run plans
 * its visits again after the notice date. A draft about to enter the window should be published now.
 */
public enum NoticeAlert {
    NONE, ENTERING_WINDOW, INSIDE_WINDOW;

    /** {@code noticeDate}: the first date that may still be published (today + notice days). */
    public static NoticeAlert of(SessionStatus status, LocalDate date, LocalDate noticeDate, int warningDays) {
        if (status != SessionStatus.DRAFT) {
            return NONE;
        }
        if (date.isBefore(noticeDate)) {
            return INSIDE_WINDOW;
        }
        return date.isBefore(noticeDate.plusDays(warningDays)) ? ENTERING_WINDOW : NONE;
    }
}
