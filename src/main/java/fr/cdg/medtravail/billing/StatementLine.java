package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One explained line: what, how many, at what unit price, under which rule, from which data. The amount is
 * quantity × unit price rounded to the cent half-up, line by line; a statement's total is the sum of its lines.
 */
public record StatementLine(String label, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String rule,
                            String source, Long gridId) {

    public static StatementLine of(String label, BigDecimal quantity, BigDecimal unitPrice, String rule, String source,
                                   Long gridId) {
        return new StatementLine(label, quantity, unitPrice,
                quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP), rule, source, gridId);
    }
}
