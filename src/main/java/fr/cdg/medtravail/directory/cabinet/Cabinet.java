package fr.cdg.medtravail.directory.cabinet;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.modulith.NamedInterface;

/** A stored cabinet; {@code ownerName} is the name of the owner collectivité, if any. */
@NamedInterface("cabinet")
public record Cabinet(long id, @JsonUnwrapped CabinetForm details, String ownerName) {
}
