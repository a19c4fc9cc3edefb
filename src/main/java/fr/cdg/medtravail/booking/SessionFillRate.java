package fr.cdg.medtravail.booking;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

import fr.cdg.medtravail.calendar.Half;

/**
 * How full a published session is: booked or held minutes over its capacity. Unused time is recorded as such:
 * reserved minutes given back late, reserved minutes neither given back nor booked (after the session: unused), and
 * unjustified absences.
 */
public record SessionFillRate(long sessionId, LocalDate date, Half halfDay, long cabinetId, long professionalId,
                              int capacityMinutes, int reservedMinutes, int bookedMinutes, int held,
                              int absentUnjustified, int lateReleasedMinutes, int unbookedReservedMinutes) {

    /** Booked share of the capacity, 0 to 1. */
    @JsonProperty("fillRate")
    public double fillRate() {
        return capacityMinutes == 0 ? 0 : Math.min(1.0, (double) bookedMinutes / capacityMinutes);
    }
}
