package fr.cdg.medtravail.booking;

import java.util.EnumSet;
import java.util.Set;

/** Where an appointment stands; only a booked or held one occupies its time (the database's exclusion constraints). */
public enum AppointmentStatus {
    BOOKED("Réservé"),
    HELD("Visite effectuée"),
    /** The absence was announced at least 48 hours before (BookingRules.ABSENCE_NOTICE). */
    ABSENT_ANNOUNCED("Absence prévenue"),
    /** Not announced in time, or not at all, and nobody took the time: billed. */
    ABSENT_UNJUSTIFIED("Absence injustifiée"),
    /** Another agent took the time. */
    REPLACED("Remplacé"),
    /** Cancelled in time by the référent or the secretariat. */
    CANCELLED("Annulé"),
    CANCELLED_BY_SERVICE("Annulé par le service"),
    /** The session was re-planned without a replacement: waiting for the secretariat's decision. */
    TO_REPLAN("À replanifier");

    /** What the professional or the secretariat may record after the visit time. */
    public static final Set<AppointmentStatus> ATTENDANCE = EnumSet.of(HELD, ABSENT_ANNOUNCED, ABSENT_UNJUSTIFIED,
            REPLACED, CANCELLED_BY_SERVICE);

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean occupiesTime() {
        return this == BOOKED || this == HELD;
    }
}
