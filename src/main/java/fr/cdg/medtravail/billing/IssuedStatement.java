package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A statement as issued: final; {@code correctsId} names the statement it replaces, with the reason. */
public record IssuedStatement(long id, long collectiviteId, String collectiviteName, String siren, int year,
                              BillingPeriod period, long gridId, SurchargeRule surchargeRule, BigDecimal total,
                              Long correctsId, String correctionReason, String issuedBy, Instant issuedAt,
                              List<StatementLine> lines) {

    public IssuedStatement {
        lines = List.copyOf(lines);
    }
}
