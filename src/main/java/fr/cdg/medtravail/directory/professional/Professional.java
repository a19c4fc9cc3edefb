package fr.cdg.medtravail.directory.professional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

public record Professional(long id, @JsonUnwrapped ProfessionalForm details) {
}
