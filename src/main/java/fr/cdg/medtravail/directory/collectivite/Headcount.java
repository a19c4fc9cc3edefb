package fr.cdg.medtravail.directory.collectivite;

import java.time.LocalDate;

/** The headcount (effectif) declared for a year; fees use the headcount at 1 January. */
public record Headcount(int year, int headcount, LocalDate declaredOn) {
}
