package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A collectivité's absences over a year or a semester. Visits are the appointments that reached their date with the
 * agent expected: held, announced and unjustified absences. A replaced appointment is not counted: the agent who took
 * the time is, through their own appointment.
 */
public record AbsenceLedger(long collectiviteId, int year, BillingPeriod period, int held, int announced,
                            int unjustified, int replaced) {

    public static AbsenceLedger of(long collectiviteId, int year, BillingPeriod period, Collection<AttendanceDay> days) {
        int held = 0, announced = 0, unjustified = 0, replaced = 0;
        for (var day : days) {
            if (day.collectiviteId() == collectiviteId && period.contains(year, day.day())) {
                held += day.held();
                announced += day.announced();
                unjustified += day.unjustified();
                replaced += day.replaced();
            }
        }
        return new AbsenceLedger(collectiviteId, year, period, held, announced, unjustified, replaced);
    }

    @JsonProperty
    public int visits() {
        return held + announced + unjustified;
    }

    /** Unjustified ÷ all visits × 100, in percent to 2 decimals (half-up); 0 without visits. */
    @JsonProperty
    public BigDecimal unjustifiedRate() {
        return visits() == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(unjustified * 100L).divide(BigDecimal.valueOf(visits()), 2, RoundingMode.HALF_UP);
    }

    /** Whether the rate exceeds the threshold, compared exactly (6 / 120 = 5 % is not above 5 %). */
    public boolean exceeds(BigDecimal thresholdPercent) {
        return BigDecimal.valueOf(unjustified * 100L).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(visits()))) > 0;
    }
}
