package fr.cdg.medtravail.statutory;

import java.math.BigDecimal;

/** The permanent headcount of a year and the quota rate of the STATUTORY membership (0.08 by default). */
public record QuotaBasisForm(Integer permanentHeadcount, BigDecimal quotaRate) {
}
