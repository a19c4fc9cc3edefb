package fr.cdg.medtravail.directory.professional;

import static fr.cdg.medtravail.directory.Inputs.clean;

import java.math.BigDecimal;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.cdg.medtravail.calendar.WeeklyHalfDay;

/**
 * A health professional as given by the secretariat (JSON body, CSV line). {@code workingRatio} is the share of a
 * full-time post (0.8 for 80 %); {@code weeklyHalfDays} the half-days they work each week; {@code active} defaults to
 * true.
 */
public record ProfessionalForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,32}", message = "{medtravail.code}") String code,
        @NotNull ProfessionalKind kind,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @Email @Size(max = 200) String email,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 2) BigDecimal workingRatio,
        @Size(max = 300) String homeAddress,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double homeLatitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double homeLongitude,
        Boolean active,
        SortedSet<WeeklyHalfDay> weeklyHalfDays) {

    public ProfessionalForm {
        code = clean(code);
        lastName = clean(lastName);
        firstName = clean(firstName);
        email = clean(email);
        homeAddress = clean(homeAddress);
        // Same value, same record: 0.8 and 0.80 must compare equal for an idempotent re-import.
        workingRatio = workingRatio == null || workingRatio.scale() > 2 ? workingRatio : workingRatio.setScale(2);
        active = active == null || active;
        weeklyHalfDays = weeklyHalfDays == null ? new TreeSet<>() : new TreeSet<>(weeklyHalfDays);
    }
}
