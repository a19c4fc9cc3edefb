package fr.cdg.medtravail.planning.session;

import java.time.LocalDate;
import java.util.List;

import fr.cdg.medtravail.calendar.Half;

/** A session of a new plan: the slot of a group of demand units. */
public record SessionDraft(long professionalId, LocalDate date, Half halfDay, long cabinetId, boolean pinned,
                           List<Long> unitIds) {

    /** Sessions of two plans are the same session when they share their slot. */
    String slot() {
        return professionalId + "|" + date + "|" + halfDay + "|" + cabinetId;
    }
}
