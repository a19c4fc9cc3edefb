package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A statutory act billed past the quota, as statutory medicine priced it (its line of statutory_act_line). */
public record ActCharge(long collectiviteId, long requestId, LocalDate visitedOn, String label, BigDecimal amount) {
}
