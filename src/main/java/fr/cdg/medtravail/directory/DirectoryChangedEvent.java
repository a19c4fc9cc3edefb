package fr.cdg.medtravail.directory;

import java.util.Set;

/**
 * Published (inside the writing transaction) when collectivités or cabinets were created, moved or deleted, so that
 * derived data such as travel-time estimates can be refreshed once the change is committed.
 */
public record DirectoryChangedEvent(Set<Long> collectiviteIds, Set<Long> cabinetIds) {

    public DirectoryChangedEvent {
        collectiviteIds = Set.copyOf(collectiviteIds);
        cabinetIds = Set.copyOf(cabinetIds);
    }
}
