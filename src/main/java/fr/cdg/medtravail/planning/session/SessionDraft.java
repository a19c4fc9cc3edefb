package fr.cdg.medtravail.planning.session;

import java.time.LocalDate;
import java.util.List;

import fr.cdg.medtravail.calendar.Half;

/** A session of a new plan: the slot of a group of demand units. */
public record SessionDraft(long professionalId, LocalDate date, Half halfDay, long cabinetId, boolean pinned,
                           List<Long> unitIds) {

    /** Sessions of two plans are the same session when they share their slot. */
    String slot() {
        return slot(professionalId, date, halfDay, cabinetId);
    }

    /** A session's identity across plans: professional, day, half-day and cabinet. */
    public static String slot(long professionalId, LocalDate date, Half halfDay, long cabinetId) {
        return professionalId + "|" + date + "|" + halfDay + "|" + cabinetId;
    }

    /** Same cabinet, day and half-day: another professional here may take over a session's appointments. */
    boolean samePlaceAndTime(PlannedSession session) {
        return cabinetId == session.cabinetId() && date.equals(session.date()) && halfDay == session.halfDay();
    }
}
