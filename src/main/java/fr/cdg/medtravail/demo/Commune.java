package fr.cdg.medtravail.demo;

/**
 * A commune of the territory, as in the communes file ({@code insee,siren,name,departement,postal_code,lat,lng,
 * population_2021}); {@code siren} is blank for a few recently merged communes.
 */
public record Commune(String insee, String siren, String name, String departement, String postalCode,
                      double latitude, double longitude, int population) {
}
