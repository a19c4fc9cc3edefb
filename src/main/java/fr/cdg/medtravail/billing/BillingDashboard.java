package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.statutory.StatutoryService;

/** The dashboards' figures and the annual activity report: a référent's own collectivités, or all for the staff. */
@Service
public class BillingDashboard {

    private final BillingService billing;
    private final DashboardRepository repository;
    private final CollectiviteService collectivites;
    private final StatutoryService statutory;

    BillingDashboard(BillingService billing, DashboardRepository repository, CollectiviteService collectivites,
                     StatutoryService statutory) {
        this.billing = billing;
        this.repository = repository;
        this.collectivites = collectivites;
        this.statutory = statutory;
    }

    @Transactional(readOnly = true)
    public DashboardData data(CdgUser user, int year) {
        var ledgers = billing.ledgers(user, year);
        Collection<Long> scope = user.isStaff() ? null : user.collectiviteIds();
        var names = collectivites.names(ledgers.stream().map(AbsenceLedger::collectiviteId).toList());
        var rates = ledgers.stream().map(l -> new DashboardData.Rate(l.collectiviteId(),
                names.getOrDefault(l.collectiviteId(), "#" + l.collectiviteId()), l.visits(), l.unjustified(),
                l.unjustifiedRate())).toList();
        var statutoryIds = repository.statutoryCollectivites(year, scope);
        var statutoryNames = collectivites.names(statutoryIds);
        var quotas = statutoryIds.stream()
                .flatMap(id -> statutory.quotaUse(user, id, year).stream()
                        .map(use -> new DashboardData.Quota(statutoryNames.get(id), use)))
                .toList();
        return new DashboardData(year, threshold(year), rates, repository.months(year, scope),
                user.isStaff() ? repository.loads(year) : List.of(), repository.deadlines(year, scope), quotas);
    }

    @Transactional(readOnly = true)
    public ActivityReport activityReport(int year) {
        var visits = repository.visits(year);
        return new ActivityReport(year, visits, repository.statutory(year), count(visits, "HELD"),
                count(visits, "ABSENT_ANNOUNCED"), count(visits, "ABSENT_UNJUSTIFIED"), count(visits, "REPLACED"));
    }

    @Transactional(readOnly = true)
    public byte[] activityPdf(int year) {
        return ActivityReportPdf.render(activityReport(year));
    }

    /** The threshold of the preventive grid in force at the year's end; 5 % (the convention's) without one. */
    private BigDecimal threshold(int year) {
        return TariffGrid.inForce(billing.preventiveGrids(), LocalDate.of(year, 12, 31))
                .map(TariffGrid::surchargeThreshold).orElse(BigDecimal.valueOf(5));
    }

    private static int count(List<ActivityReport.VisitCount> visits, String status) {
        return visits.stream().filter(v -> v.status().equals(status)).mapToInt(ActivityReport.VisitCount::count).sum();
    }
}
