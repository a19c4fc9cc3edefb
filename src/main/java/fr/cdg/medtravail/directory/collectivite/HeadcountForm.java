package fr.cdg.medtravail.directory.collectivite;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** Body of {@code PUT /api/collectivites/{id}/headcounts/{year}}; {@code declaredOn} defaults to today. */
public record HeadcountForm(@NotNull @Min(0) Integer headcount, @PastOrPresent LocalDate declaredOn) {
}
