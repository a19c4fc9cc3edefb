package fr.cdg.medtravail.statutory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One billed amount of a visit past the quota: the act itself, or its RPI/ATI or written-report supplement. */
public record ActLine(long requestId, LocalDate visitedOn, StatutoryKind kind, String label, BigDecimal amount) {
}
