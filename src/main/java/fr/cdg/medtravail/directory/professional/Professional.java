package fr.cdg.medtravail.directory.professional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.modulith.NamedInterface;

@NamedInterface("professional")
public record Professional(long id, @JsonUnwrapped ProfessionalForm details) {
}
