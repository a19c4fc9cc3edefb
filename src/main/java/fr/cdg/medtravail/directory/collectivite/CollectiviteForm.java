package fr.cdg.medtravail.directory.collectivite;

import static fr.cdg.medtravail.directory.Inputs.clean;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.cdg.medtravail.directory.Siren;

/**
 * What a caller gives to create or change a collectivité (JSON body, screen form, CSV line). {@code headcountYear}
 * and {@code headcount} optionally declare that year's headcount in the same step, so that a collectivité over 800
 * agents can be created with its own secretariat at once. Absent yes/no fields mean no.
 */
public record CollectiviteForm(
        @NotBlank @Siren String siren,
        @NotBlank @Size(max = 200) String name,
        @NotNull CollectiviteKind kind,
        Boolean affiliated,
        Boolean ownSecretariat,
        @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "{medtravail.inseeCode}") String inseeCode,
        @Size(max = 300) String address,
        @Pattern(regexp = "[0-9]{5}", message = "{medtravail.postalCode}") String postalCode,
        @Size(max = 200) String city,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 200) String referentName,
        @Email @Size(max = 200) String referentEmail,
        @Size(max = 40) String referentPhone,
        @Min(2000) @Max(2100) Integer headcountYear,
        @Min(0) Integer headcount) {

    public CollectiviteForm {
        siren = clean(siren);
        affiliated = Boolean.TRUE.equals(affiliated);
        ownSecretariat = Boolean.TRUE.equals(ownSecretariat);
        name = clean(name);
        inseeCode = clean(inseeCode);
        address = clean(address);
        postalCode = clean(postalCode);
        city = clean(city);
        referentName = clean(referentName);
        referentEmail = clean(referentEmail);
        referentPhone = clean(referentPhone);
    }

    /** The form of a stored collectivité, for editing. */
    static CollectiviteForm of(Collectivite c) {
        return new CollectiviteForm(c.siren(), c.name(), c.kind(), c.affiliated(), c.ownSecretariat(), c.inseeCode(),
                c.address(), c.postalCode(), c.city(), c.latitude(), c.longitude(), c.referentName(),
                c.referentEmail(), c.referentPhone(), null, null);
    }

    /** The same collectivité without a headcount declaration: what the collectivite row itself stores. */
    CollectiviteForm withoutHeadcount() {
        return new CollectiviteForm(siren, name, kind, affiliated, ownSecretariat, inseeCode, address, postalCode, city,
                latitude, longitude, referentName, referentEmail, referentPhone, null, null);
    }
}
