package fr.cdg.medtravail.feeds;

/** Where an item happens: the cabinet, its address and position (none for a teleconsultation). */
public record FeedPlace(String name, String address, String postalCode, String city, Double latitude,
                        Double longitude) {

    /** The text of LOCATION: name, street, postcode and city, those present. */
    String text() {
        var text = new StringBuilder(name == null ? "" : name);
        if (address != null && !address.isBlank()) {
            text.append(", ").append(address.trim());
        }
        var town = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).trim();
        if (!town.isEmpty()) {
            text.append(", ").append(town);
        }
        return text.toString();
    }
}
