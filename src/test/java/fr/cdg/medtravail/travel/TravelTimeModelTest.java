package fr.cdg.medtravail.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class TravelTimeModelTest {

    private final TravelTimeModel model = TravelTimeModel.withDefaults();

    private int minutes(double[] from, String fromCode, double[] to, String toCode) {
        return model.minutes(model.place(from[0], from[1], fromCode), model.place(to[0], to[1], toCode));
    }

    private static final double[] BOULOGNE = {48.8375, 2.24286};
    private static final double[] NANTERRE = {48.89742, 2.20181};
    private static final double[] ANTONY = {48.75403, 2.29800};
    private static final double[] GENNEVILLIERS = {48.93152, 2.29292};
    private static final double[] MONTREUIL = {48.86375, 2.44906};
    private static final double[] AFFOUX = {45.84481, 4.41161};
    private static final double[] TARARE = {45.89614, 4.43315};
    private static final double[] BELLEVILLE = {46.11447, 4.72911};
    private static final double[] SAINTE_FOY = {45.73625, 4.79260};
    private static final double[] VILLEURBANNE = {45.77188, 4.88983};

    @Test
    void neighbouringHautsDeSeineCommunesAreHalfAnHourApart() {
        // 7.3 km as the crow flies: 9.9 km of road at 20 km/h + 5 min.
        assertThat(minutes(BOULOGNE, "92012", NANTERRE, "92050")).isBetween(15, 40).isEqualTo(35);
    }

    @Test
    void crossingThePetiteCouronneTakesWellOverAnHour() {
        assertThat(minutes(ANTONY, "92002", GENNEVILLIERS, "92036")).isBetween(60, 110);
        assertThat(minutes(BOULOGNE, "92012", MONTREUIL, "93048")).isBetween(50, 90);
    }

    @Test
    void ruralRhoneTripsAreFastAndLyonCoreTripsSlow() {
        // Affoux → Tarare: 6 km of country roads.
        assertThat(minutes(AFFOUX, "69001", TARARE, "69243")).isBetween(10, 20);
        // Belleville-en-Beaujolais → Sainte-Foy-lès-Lyon (CDG69): 42 km, 5 of them in Lyon's traffic.
        assertThat(minutes(BELLEVILLE, "69019", SAINTE_FOY, "69202")).isBetween(50, 80);
        // Across the Beaujolais hills, 38 km: about an hour.
        assertThat(minutes(BELLEVILLE, "69019", AFFOUX, "69001")).isBetween(45, 75);
        assertThat(model.regionOf("69202", SAINTE_FOY[0], SAINTE_FOY[1])).isEqualTo(TravelRegion.LYON_CORE);
        assertThat(model.regionOf("69001", AFFOUX[0], AFFOUX[1])).isEqualTo(TravelRegion.RHONE);
        // Same distance, slower in the Lyon core than between villages.
        int core = minutes(SAINTE_FOY, "69202", VILLEURBANNE, "69266");
        assertThat(core).isBetween(20, 35);
        assertThat(model.minutes(model.place(45.0, 4.0, "69000"), model.place(45.0 + (VILLEURBANNE[0] - SAINTE_FOY[0]),
                4.0 + (VILLEURBANNE[1] - SAINTE_FOY[1]), "69000"))).isLessThan(core);
    }

    @Test
    void regionComesFromTheDepartementOrElseFromTheCoordinates() {
        assertThat(model.regionOf("93100", 0, 0)).isEqualTo(TravelRegion.PETITE_COURONNE);
        assertThat(model.regionOf("75011", 0, 0)).isEqualTo(TravelRegion.PETITE_COURONNE);
        assertThat(model.regionOf("01000", 46.2, 5.2)).isEqualTo(TravelRegion.OTHER);
        assertThat(model.regionOf(null, MONTREUIL[0], MONTREUIL[1])).isEqualTo(TravelRegion.PETITE_COURONNE);
        assertThat(model.regionOf(null, 45.764, 4.8357)).isEqualTo(TravelRegion.LYON_CORE);
        assertThat(model.regionOf(null, AFFOUX[0], AFFOUX[1])).isEqualTo(TravelRegion.RHONE);
        assertThat(model.regionOf(null, 43.3, 5.4)).isEqualTo(TravelRegion.OTHER);
    }

    @Test
    void samePlaceCostsTheOverheadAndTheParametersAreTunable() {
        assertThat(minutes(BOULOGNE, "92012", BOULOGNE, "92012")).isEqualTo(5);
        var faster = new TravelTimeModel(new TravelProperties(0, null, null,
                Map.of(TravelRegion.PETITE_COURONNE, new TravelProperties.RegionParameters(null, 40.0))));
        assertThat(faster.minutes(faster.place(BOULOGNE[0], BOULOGNE[1], "92012"),
                faster.place(NANTERRE[0], NANTERRE[1], "92050"))).isEqualTo(15);
        assertThat(model.minutes(BOULOGNE[0], BOULOGNE[1], NANTERRE[0], NANTERRE[1])).isEqualTo(35);
        assertThatThrownBy(() -> new TravelProperties(5, null, null,
                Map.of(TravelRegion.RHONE, new TravelProperties.RegionParameters(0.9, 50.0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configurationKeysBindWithDefaultsForWhatIsLeftOut() {
        var source = new MapConfigurationPropertySource(Map.of(
                "medtravail.travel.overhead-minutes", "3",
                "medtravail.travel.regions.petite-couronne.speed-kmh", "18",
                "medtravail.travel.regions.rhone.detour-factor", "1.4"));
        var properties = new Binder(source).bind("medtravail.travel", TravelProperties.class).get();
        assertThat(properties.overheadMinutes()).isEqualTo(3);
        assertThat(properties.lyonCoreRadiusKm()).isEqualTo(8.0);
        assertThat(properties.regions().get(TravelRegion.PETITE_COURONNE))
                .isEqualTo(new TravelProperties.RegionParameters(1.35, 18.0));
        assertThat(properties.regions().get(TravelRegion.RHONE))
                .isEqualTo(new TravelProperties.RegionParameters(1.4, 50.0));
    }
}
