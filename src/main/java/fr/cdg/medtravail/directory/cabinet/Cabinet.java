package fr.cdg.medtravail.directory.cabinet;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.modulith.NamedInterface;

import fr.cdg.medtravail.security.CdgUser;

/** A stored cabinet; {@code ownerName} is the name of the owner collectivité, if any. */
@NamedInterface("cabinet")
public record Cabinet(long id, @JsonUnwrapped CabinetForm details, String ownerName) {

    /** As the user may see it: the owner of a cabinet is another collectivité's business, not a référent's. */
    public Cabinet seenBy(CdgUser user) {
        var owner = details.ownerCollectiviteId();
        if (owner == null || user == null || user.canSeeCollectivite(owner)) {
            return this;
        }
        var d = details;
        return new Cabinet(id, new CabinetForm(d.code(), d.name(), d.kind(), d.address(), d.postalCode(), d.city(),
                d.latitude(), d.longitude(), d.rooms(), null, d.openingHalfDays()), null);
    }
}
