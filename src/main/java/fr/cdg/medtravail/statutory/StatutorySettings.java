package fr.cdg.medtravail.statutory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.cdg.medtravail.statutory.domain.ActTariff;

/**
 * Settings of statutory medicine ({@code medtravail.statutory.*}).
 *
 * @param cutOff            a request received at or after this hour counts as received the next day
 * @param zone              the CDG's time zone, for the cut-off and "today"
 * @param maxTravelMinutes  collectivité → cabinet limit; the CDG's premises are always allowed
 * @param solverMillis      a solve stops after this long without improvement (10 times that at most)
 * @param tariffs           per-act prices past the quota, each from a date (MSC article 3)
 * @param convocationWorkingDays a proposal is confirmed (the convocation goes out, it no longer moves) this many
 *                          working days before its visit; later filings may take its time until then
 */
@ConfigurationProperties("medtravail.statutory")
public record StatutorySettings(LocalTime cutOff, ZoneId zone, Integer maxTravelMinutes, Long solverMillis,
                                List<ActTariff> tariffs, Integer convocationWorkingDays) {

    public StatutorySettings {
        cutOff = cutOff == null ? LocalTime.of(17, 0) : cutOff;
        zone = zone == null ? ZoneId.of("Europe/Paris") : zone;
        maxTravelMinutes = maxTravelMinutes == null ? 60 : maxTravelMinutes;
        solverMillis = solverMillis == null ? 20L : solverMillis;
        convocationWorkingDays = convocationWorkingDays == null ? 2 : convocationWorkingDays;
        tariffs = tariffs == null || tariffs.isEmpty()
                ? List.of(new ActTariff(LocalDate.of(2025, 1, 1), new BigDecimal("200"), new BigDecimal("50"),
                        new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("100")))
                : tariffs.stream().sorted(Comparator.comparing(ActTariff::from)).toList();
    }
}
