package fr.cdg.medtravail.directory.agent;

import static fr.cdg.medtravail.directory.Inputs.clean;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/**
 * An agent of a collectivité as given by the référent or the secretariat (JSON body, CSV line). No medical content:
 * only the facts the planning needs (post, SMP follow-up, dates of the last visits). Absent yes/no fields mean no.
 */
public record AgentForm(
        @NotBlank @Size(max = 40) String matricule,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @NotNull @Past LocalDate birthDate,
        @NotBlank @Size(max = 200) String post,
        @NotNull LocalDate hireDate,
        Boolean administrativePost,
        Boolean smp,
        @Min(1) @Max(48) Integer smpIntervalMonths,
        LocalDate leftOn,
        LocalDate lastVipDate,
        LocalDate lastDoctorVisitDate) {

    public AgentForm {
        matricule = clean(matricule);
        administrativePost = Boolean.TRUE.equals(administrativePost);
        smp = Boolean.TRUE.equals(smp);
        lastName = clean(lastName);
        firstName = clean(firstName);
        post = clean(post);
    }

    @AssertTrue(message = "{medtravail.agent.hireDate}")
    boolean isHireDate() {
        return hireDate == null || birthDate == null || !hireDate.isBefore(birthDate);
    }

    @AssertTrue(message = "{medtravail.agent.leftOn}")
    boolean isLeftOn() {
        return leftOn == null || hireDate == null || !leftOn.isBefore(hireDate);
    }

    @AssertTrue(message = "{medtravail.agent.smpIntervalMonths}")
    boolean isSmpIntervalMonths() {
        return Boolean.TRUE.equals(smp) || smpIntervalMonths == null;
    }
}
