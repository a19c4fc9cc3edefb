package fr.cdg.medtravail.gdpr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.audit.AuditAction;
import fr.cdg.medtravail.audit.AuditTrail;
import fr.cdg.medtravail.directory.agent.AgentService;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the agents' personal data of collectivités whose membership ended more than the retention period ago,
 * after keeping anonymous statistics, and reports what it deleted. Runs daily and on an administrator's demand.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final RetentionRepository repository;
    private final AgentService agents;
    private final CollectiviteService collectivites;
    private final AuditTrail audit;
    private final GdprSettings settings;

    RetentionService(RetentionRepository repository, AgentService agents, CollectiviteService collectivites,
                     AuditTrail audit, GdprSettings settings) {
        this.repository = repository;
        this.agents = agents;
        this.collectivites = collectivites;
        this.audit = audit;
        this.settings = settings;
    }

    @Scheduled(cron = "${medtravail.gdpr.retention-cron:0 30 2 * * *}")
    void daily() {
        var report = run(false);
        log.info("Retention: {} agents deleted in {} collectivités (report {})", report.agentsDeleted(),
                report.collectivites().size(), report.id());
    }

    /** Runs the retention now; a dry run deletes nothing but reports (and stores) what would be deleted. */
    @Transactional
    public RetentionReport run(boolean dryRun) {
        var endedBefore = LocalDate.now().minus(settings.retentionAfterEnd());
        if (!dryRun) {
            repository.lock();
        }
        var expired = repository.expired(endedBefore);
        if (!dryRun) {
            for (var collectivite : expired) {
                repository.keepStatistics(collectivite.collectiviteId(), collectivite.membershipEndedOn());
                agents.eraseAllOf(collectivite.collectiviteId());
                collectivites.eraseReferentContact(collectivite.collectiviteId());
                audit.record(AuditAction.RETENTION_DELETE, "COLLECTIVITE", collectivite.collectiviteId(),
                        collectivite.collectiviteId(), Map.of("agentsDeleted", collectivite.agentsDeleted(),
                                "referentContactCleared", collectivite.referentContactCleared(),
                                "membershipEndedOn", collectivite.membershipEndedOn().toString()));
            }
        }
        return repository.insertReport(dryRun, endedBefore, actor(), expired);
    }

    public List<RetentionReport> recentReports() {
        return repository.recentReports(50);
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "scheduler" : authentication.getName();
    }
}
