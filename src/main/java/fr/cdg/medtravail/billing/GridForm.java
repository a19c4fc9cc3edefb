package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import fr.cdg.medtravail.directory.collectivite.Membership;

/** A new grid version, as the administrator enters it; the version number is given by the service. */
public record GridForm(Cdg cdg, Membership.Service mission, LocalDate validFrom, LocalDate validUntil,
                       SurchargeRule surchargeRule, BigDecimal surchargeThreshold, String source,
                       Map<TariffItem, BigDecimal> prices) {
}
