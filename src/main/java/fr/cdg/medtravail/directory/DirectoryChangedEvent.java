package fr.cdg.medtravail.directory;

import java.util.Set;

/**
 * Published after the commit of a transaction that created collectivités or cabinets, or moved them (new
 * coordinates): travel-time estimates involving them are stale.
 */
public record DirectoryChangedEvent(Set<Long> collectiviteIds, Set<Long> cabinetIds) {

    public DirectoryChangedEvent {
        collectiviteIds = Set.copyOf(collectiviteIds);
        cabinetIds = Set.copyOf(cabinetIds);
    }
}
