package fr.cdg.medtravail.directory.professional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.modulith.NamedInterface;

import fr.cdg.medtravail.security.CdgUser;

@NamedInterface("professional")
public record Professional(long id, @JsonUnwrapped ProfessionalForm details) {

    /** As the user may see it: a professional reads their own e-mail and home base, not their colleagues'. */
    public Professional seenBy(CdgUser user) {
        if (user == null || user.isStaff() || Long.valueOf(id).equals(user.professionalId())) {
            return this;
        }
        var d = details;
        return new Professional(id, new ProfessionalForm(d.code(), d.kind(), d.lastName(), d.firstName(), null,
                d.workingRatio(), null, null, null, d.active(), d.weeklyHalfDays()));
    }
}
