package fr.cdg.medtravail.statutory;

import java.math.BigDecimal;

/** How much of a collectivité's yearly quota its visits used, in one-hour slots, and what was billed past it. */
public record QuotaUse(long collectiviteId, int year, BigDecimal entitledSlots, BigDecimal consumedSlots,
                       int actsBilled, BigDecimal billedTotal) {
}
