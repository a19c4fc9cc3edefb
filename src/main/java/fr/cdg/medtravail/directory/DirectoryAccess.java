package fr.cdg.medtravail.directory;

import java.util.Set;

import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.security.Role;

/**
 * Who may read what in the directory. Staff and health professionals read every collectivité; a référent only the
 * collectivités they are bound to, and any other answers the same 404 as an unknown id.
 */
public final class DirectoryAccess {

    private DirectoryAccess() {
    }

    public static boolean canRead(CdgUser user, long collectiviteId) {
        return user.role() == Role.PROFESSIONAL || user.canSeeCollectivite(collectiviteId);
    }

    /** The collectivités a list is restricted to, or null for all of them. */
    public static Set<Long> readableCollectivites(CdgUser user) {
        return user.role() == Role.REFERENT ? user.collectiviteIds() : null;
    }
}
