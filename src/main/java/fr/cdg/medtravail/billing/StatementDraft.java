package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A statement as computed from today's data, before it is issued.
 *
 * @param grid    the preventive grid the statement names: in force on 1 January for the fee, on the semester's last
 *                day for S1 and S2 (whose surcharge rule applies)
 * @param ledger  the absences the surcharge was decided on (the semester's for S1, the year's otherwise)
 */
public record StatementDraft(long collectiviteId, String collectiviteName, String siren, int year,
                             BillingPeriod period, TariffGrid grid, AbsenceLedger ledger, List<StatementLine> lines) {

    public StatementDraft {
        lines = List.copyOf(lines);
    }

    @JsonProperty
    public BigDecimal total() {
        return lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
