package fr.cdg.medtravail.directory.professional;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

import fr.cdg.medtravail.calendar.Half;

/** A leave of a professional from (startDate, startHalf) to (endDate, endHalf), both half-days included. */
@NamedInterface("professional")
public record Leave(long id, long professionalId, Kind kind, LocalDate startDate, Half startHalf, LocalDate endDate,
                    Half endHalf) {

    public enum Kind {
        LEAVE("Congé"), SICK("Maladie"), TRAINING("Formation"), OTHER("Autre");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the professional is away on this half-day. */
    public boolean covers(LocalDate day, Half half) {
        long at = LeaveForm.ordinal(day, half);
        return LeaveForm.ordinal(startDate, startHalf) <= at && at <= LeaveForm.ordinal(endDate, endHalf);
    }
}
