package fr.cdg.medtravail.statutory.domain;

/**
 * The convention's weights (MSC article 3), in half-hours so that 0.5 stays exact: the visit's length and the slots it
 * takes on the quota (one slot = one hour of visit). A written report adds a slot on the quota, not to the visit.
 */
public final class VisitWeight {

    /** An absence not announced 48 h before consumes one slot (article 3). */
    public static final int UNANNOUNCED_ABSENCE_HALF_SLOTS = 2;

    private VisitWeight() {
    }

    /** Length of the visit: expertise 2 h (+0.5 h RPI/ATI), control 1 h, activity beyond the age limit 0.5 h. */
    public static int visitMinutes(StatutoryKind kind, boolean rpiAti) {
        return visitHalfHours(kind, rpiAti) * 30;
    }

    /** Weight on the quota, in half-slots: the visit's length, plus one slot for a written report. */
    public static int quotaHalfSlots(StatutoryKind kind, boolean rpiAti, boolean writtenReport) {
        return visitHalfHours(kind, rpiAti) + (writtenReport ? 2 : 0);
    }

    private static int visitHalfHours(StatutoryKind kind, boolean rpiAti) {
        return switch (kind.act()) {
            case EXPERTISE -> rpiAti ? 5 : 4;
            case CONTROL, FIREARM -> 2;
            case AGE_LIMIT -> 1;
        };
    }
}
