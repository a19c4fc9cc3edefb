package fr.cdg.medtravail.gdpr;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators run the retention on demand (dry run first) and read past reports. */
@RestController
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @PostMapping("/api/gdpr/retention/run")
    RetentionReport run(@RequestParam(defaultValue = "false") boolean dryRun) {
        return retention.run(dryRun);
    }

    @GetMapping("/api/gdpr/retention/reports")
    List<RetentionReport> reports() {
        return retention.recentReports();
    }
}
