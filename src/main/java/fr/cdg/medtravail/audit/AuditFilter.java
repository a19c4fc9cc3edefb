package fr.cdg.medtravail.audit;

import java.time.LocalDate;

import fr.cdg.medtravail.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Query parameters of the audit search, API and screen alike: username, action, subjectType, subjectId,
 * collectiviteId, from and to (days, both included), page (from 0).
 */
record AuditFilter(String username, AuditAction action, String subjectType, String subjectId, Long collectiviteId,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

    static final int PAGE_SIZE = 50;

    /** The API refuses a negative page (the screen shows the first one). */
    AuditFilter checked() {
        if (page != null && page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        return this;
    }

    AuditTrail.EventPage search(AuditTrail trail) {
        var query = new AuditQuery(blankToNull(username), action, blankToNull(subjectType), blankToNull(subjectId),
                collectiviteId, from, to);
        return trail.search(query, page == null || page < 0 ? 0 : page, PAGE_SIZE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
