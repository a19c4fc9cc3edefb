package fr.cdg.medtravail.audit;

import java.util.LinkedHashMap;

import fr.cdg.medtravail.csvimport.ImportCompletedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each successful CSV import: its kind, the collectivités of its lines (the one searched by, when there is only one)
 * and its counts. Recorded in the import's transaction, so that a failed write leaves no row.
 */
@Component
class ImportAuditor {

    /** A list of ids beyond this would bury the row; the count still says how many. */
    private static final int MAX_IDS = 100;

    private final AuditTrail trail;

    ImportAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void imported(ImportCompletedEvent event) {
        var result = event.result();
        var ids = event.collectiviteIds();
        var detail = new LinkedHashMap<String, Object>();
        detail.put("kind", result.kind());
        detail.put("lines", result.lines());
        detail.put("inserted", result.inserted());
        detail.put("updated", result.updated());
        detail.put("unchanged", result.unchanged());
        if (!ids.isEmpty()) {
            detail.put("collectivites", ids.size());
            detail.put("collectiviteIds", ids.stream().limit(MAX_IDS).toList());
        }
        trail.record(AuditAction.IMPORT, "IMPORT", result.kind(), ids.size() == 1 ? ids.first() : null, detail);
    }
}
