package fr.cdg.medtravail.booking;

import java.util.Optional;

/**
 * The minutes of one session from one collectivité's side. Its reserve is what planning reserved for it, less what
 * it gave back, less what it booked on it. The pool is what nobody reserved plus what was given back early, less
 * what was booked from it; collectivités within reach of the cabinet share it, first come, first served.
 */
public record ReserveLedger(int capacityMinutes, int totalReserved, int ownReserved, int ownReleased,
                            int earlyReleasedTotal, int ownUsed, int poolUsed) {

    public int ownLeft() {
        return Math.max(0, ownReserved - ownReleased - ownUsed);
    }

    public int poolLeft() {
        return Math.max(0, capacityMinutes - totalReserved + earlyReleasedTotal - poolUsed);
    }

    /** Whose minutes a visit of {@code minutes} takes, or empty when the caller may not book it. */
    public Optional<ReserveSource> sourceFor(int minutes, boolean withinReach, boolean secretariat) {
        if (ownLeft() >= minutes) {
            return Optional.of(ReserveSource.RESERVED);
        }
        if (withinReach && poolLeft() >= minutes) {
            return Optional.of(ReserveSource.POOL);
        }
        return secretariat ? Optional.of(ReserveSource.BEYOND) : Optional.empty();
    }
}
