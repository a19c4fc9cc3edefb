package fr.cdg.medtravail.statutory.domain;

import java.time.LocalDate;

/** A visit of the year as the quota sees it; {@code unannouncedAbsence}: the agent did not come and nobody warned 48 h before. */
public record QuotaVisit(long requestId, LocalDate visitedOn, StatutoryKind kind, boolean rpiAti, boolean writtenReport,
                         boolean unannouncedAbsence) {

    public int halfSlots() {
        return unannouncedAbsence ? VisitWeight.UNANNOUNCED_ABSENCE_HALF_SLOTS
                : VisitWeight.quotaHalfSlots(kind, rpiAti, writtenReport);
    }
}
