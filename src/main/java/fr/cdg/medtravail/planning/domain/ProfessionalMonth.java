package fr.cdg.medtravail.planning.domain;

import java.time.YearMonth;

/**
 * Tiers temps budget: at most {@code maxSessions} = floor(2/3 × working half-days of the month) session half-days.
 */
public record ProfessionalMonth(ConsultingProfessional professional, YearMonth month, int maxSessions) {
}
