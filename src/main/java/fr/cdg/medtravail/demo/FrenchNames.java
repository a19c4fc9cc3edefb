package fr.cdg.medtravail.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Small embedded lists of French names and street names, enough for a believable demo. */
final class FrenchNames {

    private FrenchNames() {
    }

    static final List<String> FIRST_NAMES = List.of(
            "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine", "Valérie", "Christine", "Céline",
            "Stéphanie", "Sophie", "Aurélie", "Julie", "Camille", "Émilie", "Laetitia", "Karine", "Fatima", "Amina",
            "Samia", "Nadia", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Aïcha", "Claire", "Anne", "Hélène",
            "Virginie", "Patricia", "Martine", "Brigitte", "Océane", "Mélanie", "Jessica", "Lucie", "Pauline", "Yasmine",
            "Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre", "Frédéric", "Laurent",
            "Stéphane", "David", "Éric", "Sébastien", "Thierry", "Olivier", "Julien", "Thomas", "Mohamed", "Karim",
            "Mehdi", "Rachid", "Franck", "Bruno", "Pascal", "Vincent", "Maxime", "Kévin", "Antoine", "Romain",
            "Hugo", "Lucas", "Mamadou", "Moussa", "Yannick", "Cédric", "Grégory", "Ludovic", "Jérôme", "Damien");

    static final List<String> LAST_NAMES = List.of(
            "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
            "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
            "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André",
            "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
            "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
            "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
            "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
            "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
            "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
            "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
            "Benali", "Haddad", "Diallo", "Traoré", "Nguyen", "Da Silva", "Pereira", "Ferreira", "Bensaïd", "Cissé");

    static final List<String> STREETS = List.of(
            "rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "place de la Mairie", "rue Pasteur",
            "avenue du Général de Gaulle", "rue Jules Ferry", "boulevard Gambetta", "rue de Paris", "rue Émile Zola",
            "avenue de la Libération", "rue Carnot", "rue du Marché", "rue des Écoles", "avenue Gabriel Péri",
            "rue Anatole France", "rue de l'Église", "chemin des Vignes", "route de la Gare", "rue du Stade");

    static <T> T pick(List<T> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    static String address(RandomGenerator random) {
        return (1 + random.nextInt(120)) + " " + pick(STREETS, random);
    }

    /** "de Montreuil", "d'Antony", "du Plessis-Robinson", "des Lilas": the French complement of a place name. */
    static String of(String place) {
        if (place.startsWith("Le ")) {
            return "du " + place.substring(3);
        }
        if (place.startsWith("Les ")) {
            return "des " + place.substring(4);
        }
        return "AEIOUYÉÈÊÎÔ".indexOf(place.charAt(0)) >= 0 ? "d'" + place : "de " + place;
    }

    /** Lower-case ASCII with dots, for e-mail addresses: "Éric Da Silva" → "eric.da-silva". */
    static String slug(String text) {
        var ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
