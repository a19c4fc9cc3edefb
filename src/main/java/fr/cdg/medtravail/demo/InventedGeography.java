package fr.cdg.medtravail.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import fr.cdg.medtravail.directory.SirenChecksum;
import fr.cdg.medtravail.travel.GreatCircle;

/**
 * A plausible territory for machines without the communes file: invented commune names scattered over a disc per
 * département (the city at the centre left out: Paris for the petite couronne, Lyon for the Rhône), populations
 * drawn from a log-normal law and scaled to the real total, SIRENs built like real commune SIRENs.
 */
final class InventedGeography {

    private static final List<String> BASES = List.of(
            "Saint-Martin", "Villiers", "Fontaine", "Montreuil", "Bois-Colombe", "Val-Fleuri", "Champs", "Neuville",
            "Villeneuve", "La Roche", "Bourg", "Châtel", "Le Mesnil", "Le Plessis", "Les Ormes", "Chênevières",
            "Les Tilleuls", "Saulx", "Vigneux", "Pontcarré", "Ormesson", "Brévannes", "Montfort", "Belleroche",
            "Sainte-Colombe", "Saint-Aubin", "Joinville", "Marolles", "Chaumont", "Beaulieu", "Rochefort",
            "Mont-Blanchard", "Clairefontaine", "Vaux", "Savigny", "Gournay");
    private static final List<String> SUFFIXES_PARIS = List.of(
            "", "-sur-Seine", "-sur-Marne", "-sous-Bois", "-le-Grand", "-la-Garenne", "-les-Roses", "-le-Pont",
            "-en-France");
    private static final List<String> SUFFIXES_RHONE = List.of(
            "", "-sur-Saône", "-en-Beaujolais", "-d'Azergues", "-les-Monts", "-sur-Brévenne", "-le-Vieux",
            "-en-Lyonnais", "-sous-Riverie");
    /** Centres left out of the discs: the cities that are not members. */
    private static final double[][] BIG_CITIES = {{48.8566, 2.3522, 5.5}, {45.7640, 4.8357, 5.0}};

    private InventedGeography() {
    }

    static List<Commune> communes(Preset preset, RandomGenerator random) {
        var names = new ArrayList<String>();
        var suffixes = preset == Preset.CDG69 ? SUFFIXES_RHONE : SUFFIXES_PARIS;
        for (var suffix : suffixes) {
            for (var base : BASES) {
                names.add(base + suffix);
            }
        }
        shuffle(names, random);
        var communes = new ArrayList<Commune>();
        int nameIndex = 0;
        for (var area : preset.areas) {
            var weights = new double[area.communes()];
            double total = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = Math.exp(area.populationSpread() * random.nextGaussian());
                total += weights[i];
            }
            for (int i = 0; i < area.communes(); i++) {
                double[] position = pointIn(area, random);
                var code = "%03d".formatted(i + 1);
                var siren = SirenChecksum.withCheckDigit("21" + area.departement() + "0" + code);
                int population = Math.max(150, (int) Math.round(area.population() * weights[i] / total));
                communes.add(new Commune(area.departement() + code, siren, names.get(nameIndex++),
                        area.departement(), area.departement() + "%03d".formatted(10 * (1 + i % 99)),
                        position[0], position[1], population));
            }
        }
        return communes;
    }

    private static double[] pointIn(Preset.Area area, RandomGenerator random) {
        while (true) {
            double distanceKm = area.radiusKm() * Math.sqrt(random.nextDouble());
            double angle = 2 * Math.PI * random.nextDouble();
            double latitude = area.latitude() + distanceKm * Math.cos(angle) / 111.2;
            double longitude = area.longitude()
                    + distanceKm * Math.sin(angle) / (111.2 * Math.cos(Math.toRadians(area.latitude())));
            if (outsideBigCities(latitude, longitude)) {
                return new double[] {round5(latitude), round5(longitude)};
            }
        }
    }

    private static boolean outsideBigCities(double latitude, double longitude) {
        for (var city : BIG_CITIES) {
            if (GreatCircle.kilometres(latitude, longitude, city[0], city[1]) < city[2]) {
                return false;
            }
        }
        return true;
    }

    static double round5(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
