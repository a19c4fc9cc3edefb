package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import fr.cdg.medtravail.directory.collectivite.Membership;
import fr.cdg.medtravail.directory.collectivite.Membership.TariffCategory;

/**
 * One version of a CDG's prices for a mission, in force from {@code validFrom} (to {@code validUntil} when the
 * deliberation says so) until a later grid starts. Versions of the same start replace each other, the highest wins;
 * none is ever changed.
 *
 * @param surchargeThreshold yearly unjustified rate, in percent, that must be exceeded for the surcharge
 */
public record TariffGrid(long id, Cdg cdg, Membership.Service mission, LocalDate validFrom, LocalDate validUntil,
                         int version, SurchargeRule surchargeRule, BigDecimal surchargeThreshold, String source,
                         String createdBy, Instant createdAt, Map<TariffItem, BigDecimal> prices) {

    public TariffGrid {
        prices = Map.copyOf(prices);
    }

    /** The grid in force on a day among those of one CDG and mission: latest start on or before it, latest version. */
    public static Optional<TariffGrid> inForce(List<TariffGrid> grids, LocalDate day) {
        return grids.stream()
                .filter(grid -> !grid.validFrom().isAfter(day))
                .max(Comparator.comparing(TariffGrid::validFrom).thenComparingInt(TariffGrid::version))
                .filter(grid -> grid.validUntil() == null || !grid.validUntil().isBefore(day));
    }

    /**
     * The per-agent cost of a category: its own item, or the CIG's "intervention d'un médecin" when the grid does not
     * price categories.
     */
    public Optional<BigDecimal> agentCost(TariffCategory category) {
        return Optional.ofNullable(prices.get(TariffItem.agentCost(category)))
                .or(() -> Optional.ofNullable(prices.get(TariffItem.AGENT_DOCTOR)));
    }

    /** How the grid is named on statements: "CDG69, Médecine préventive, grille du 2025-01-01 version 1". */
    @JsonProperty
    public String label() {
        return "%s, %s, grille du %s version %d".formatted(cdg.label(), mission.label(), validFrom, version);
    }
}
