package fr.cdg.medtravail.billing;

import java.util.List;

/** What issuing a whole period did: the statements issued, and the collectivités left out with the reason. */
public record IssueReport(int year, BillingPeriod period, List<Long> issued, List<Skipped> skipped) {

    public record Skipped(long collectiviteId, String name, String reason) {
    }
}
