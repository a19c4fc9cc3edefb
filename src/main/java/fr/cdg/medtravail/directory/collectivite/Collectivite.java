package fr.cdg.medtravail.directory.collectivite;

import org.springframework.modulith.NamedInterface;

/** A public employer of the CDG's territory; {@code latestHeadcount} is the one of the latest declared year. */
@NamedInterface("collectivite")
public record Collectivite(long id, String siren, String name, CollectiviteKind kind, boolean affiliated,
                           boolean ownSecretariat, String inseeCode, String address, String postalCode, String city,
                           double latitude, double longitude, String referentName, String referentEmail,
                           String referentPhone, Integer latestHeadcount) {
}
