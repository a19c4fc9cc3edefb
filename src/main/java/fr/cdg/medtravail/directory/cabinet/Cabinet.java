package fr.cdg.medtravail.directory.cabinet;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A stored cabinet; {@code ownerName} is the name of the owner collectivité, if any. */
public record Cabinet(long id, @JsonUnwrapped CabinetForm details, String ownerName) {
}
