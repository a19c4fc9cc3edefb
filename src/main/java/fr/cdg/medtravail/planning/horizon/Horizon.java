package fr.cdg.medtravail.planning.horizon;

import java.time.Instant;
import java.time.LocalDate;

/** A planning period (typically a quarter), both ends included. Horizons never overlap. */
public record Horizon(long id, String name, LocalDate start, LocalDate end, Instant createdAt) {
}
