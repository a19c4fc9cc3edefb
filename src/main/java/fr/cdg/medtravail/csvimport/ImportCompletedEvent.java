package fr.cdg.medtravail.csvimport;

import java.util.SortedSet;

/** A successful import, within its transaction: what it did and the collectivités its lines belong to. */
public record ImportCompletedEvent(ImportResult result, SortedSet<Long> collectiviteIds) {
}
