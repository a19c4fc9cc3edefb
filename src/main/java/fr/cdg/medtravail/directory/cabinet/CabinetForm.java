package fr.cdg.medtravail.directory.cabinet;

import static fr.cdg.medtravail.directory.Inputs.clean;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.cdg.medtravail.calendar.WeeklyHalfDay;

/**
 * A place where visits happen. A physical cabinet has coordinates; a teleconsultation "cabinet" has none. An office
 * lent by a collectivité names its owner.
 */
public record CabinetForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,32}", message = "{medtravail.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull CabinetKind kind,
        @Size(max = 300) String address,
        @Pattern(regexp = "[0-9]{5}", message = "{medtravail.postalCode}") String postalCode,
        @Size(max = 200) String city,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull @Min(1) @Max(50) Integer rooms,
        Long ownerCollectiviteId,
        SortedSet<WeeklyHalfDay> openingHalfDays) {

    public CabinetForm {
        code = clean(code);
        name = clean(name);
        address = clean(address);
        postalCode = clean(postalCode);
        city = clean(city);
        openingHalfDays = openingHalfDays == null ? new TreeSet<>() : new TreeSet<>(openingHalfDays);
    }

    @AssertTrue(message = "{medtravail.cabinet.position}")
    boolean isLatitude() {
        return kind == null || (kind == CabinetKind.TELECONSULTATION) == (latitude == null && longitude == null)
                && (latitude == null) == (longitude == null);
    }

    @AssertTrue(message = "{medtravail.cabinet.owner}")
    boolean isOwnerCollectiviteId() {
        return kind != CabinetKind.COLLECTIVITE_OFFICE || ownerCollectiviteId != null;
    }

    boolean samePlace(CabinetForm other) {
        return Objects.equals(latitude, other.latitude) && Objects.equals(longitude, other.longitude);
    }
}
