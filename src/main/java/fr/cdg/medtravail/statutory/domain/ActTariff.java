package fr.cdg.medtravail.statutory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Prices of the acts billed past the quota, in force from a date (convention MSC, article 3). */
public record ActTariff(LocalDate from, BigDecimal expertise, BigDecimal rpiAti, BigDecimal control,
                        BigDecimal firearm, BigDecimal ageLimit, BigDecimal writtenReport) {

    /** The tariff in force on a day: the latest that started on or before it (tariffs sorted by date). */
    public static ActTariff inForce(List<ActTariff> tariffs, LocalDate day) {
        ActTariff found = tariffs.get(0);
        for (var tariff : tariffs) {
            if (!tariff.from().isAfter(day)) {
                found = tariff;
            }
        }
        return found;
    }

    public BigDecimal price(StatutoryKind.Act act) {
        return switch (act) {
            case EXPERTISE -> expertise;
            case CONTROL -> control;
            case FIREARM -> firearm;
            case AGE_LIMIT -> ageLimit;
        };
    }
}
