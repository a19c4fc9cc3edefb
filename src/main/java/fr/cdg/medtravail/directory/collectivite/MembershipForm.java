package fr.cdg.medtravail.directory.collectivite;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import fr.cdg.medtravail.directory.collectivite.Membership.Service;
import fr.cdg.medtravail.directory.collectivite.Membership.TariffCategory;

public record MembershipForm(@NotNull Service service, @NotNull LocalDate startDate, LocalDate endDate,
                             @NotNull TariffCategory tariffCategory) {

    @AssertTrue(message = "{medtravail.membership.endDate}")
    boolean isEndDate() {
        return endDate == null || startDate == null || !endDate.isBefore(startDate);
    }
}
