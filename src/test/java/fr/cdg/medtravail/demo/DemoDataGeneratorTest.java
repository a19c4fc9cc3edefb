package fr.cdg.medtravail.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.cdg.medtravail.demo.DemoData.AgentRow;
import fr.cdg.medtravail.demo.DemoData.CollectiviteRow;
import fr.cdg.medtravail.directory.SirenChecksum;
import fr.cdg.medtravail.travel.TravelTimeModel;

class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final DemoDataGenerator generator = new DemoDataGenerator();

    private DemoData generate(Preset preset, long seed, Path communes) {
        return generator.generate(preset, seed, Optional.ofNullable(communes), TODAY);
    }

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        var first = generate(Preset.CDG69, 42, null);
        assertThat(generate(Preset.CDG69, 42, null)).isEqualTo(first);
        var other = generate(Preset.CDG69, 43, null);
        assertThat(other.collectivites()).isNotEqualTo(first.collectivites());
        assertThat(other.agents()).isNotEqualTo(first.agents());
        assertThat(other.professionals()).isNotEqualTo(first.professionals());
    }

    @Test
    void sameSeedGivesTheSameDataOnTheRealGeography() {
        var communes = CommunesFixture.communesFile();
        assertThat(generate(Preset.CIG, 7, communes)).isEqualTo(generate(Preset.CIG, 7, communes));
        assertThat(generate(Preset.CIG, 8, communes).agents()).isNotEqualTo(generate(Preset.CIG, 7, communes).agents());
    }

    @Test
    void cigOnTheRealCommunesHasTheSizeOfThePetiteCouronne() {
        var data = generate(Preset.CIG, 42, CommunesFixture.communesFile());
        assertCigSizes(data);
        assertThat(data.realGeography()).isTrue();
        var boulogne = data.collectivites().stream().filter(c -> c.name().equals("Boulogne-Billancourt")).findFirst();
        assertThat(boulogne).get().extracting(CollectiviteRow::siren, CollectiviteRow::inseeCode, CollectiviteRow::postalCode)
                .containsExactly("219200128", "92012", "92100");
        assertThat(data.collectivites()).extracting(CollectiviteRow::name)
                .contains("Établissement public territorial Plaine Commune", "CCAS de Montreuil",
                        "CCAS d'Asnières-sur-Seine", "CCAS du Blanc-Mesnil", "CCAS des Lilas")
                .noneMatch(name -> name.equals("Paris") || name.contains("Lyon"));
        assertThat(data.cabinets().get(0).city()).isEqualTo("Pantin");
    }

    @Test
    void cigWithoutCommunesFileInventsAGeographyOfTheSameSize() {
        var data = generate(Preset.CIG, 42, null);
        assertCigSizes(data);
        assertThat(data.realGeography()).isFalse();
        assertThat(data.collectivites()).allSatisfy(c -> {
            assertThat(c.postalCode()).matches("9[234][0-9]{3}");
            assertThat(c.latitude()).isBetween(48.70, 49.00);
            assertThat(c.longitude()).isBetween(2.10, 2.65);
        });
    }

    @Test
    void cdg69HasManySmallCommunesAndFewerProfessionals() {
        var data = generate(Preset.CDG69, 42, CommunesFixture.communesFile());
        assertCdg69Sizes(data);
        assertThat(data.collectivites()).extracting(CollectiviteRow::name).doesNotContain("Villeurbanne")
                .contains("Vénissieux", "CCAS de Vénissieux", "Affoux");
        long smallCommunes = data.collectivites().stream()
                .filter(c -> c.kind().equals("COMMUNE") && currentHeadcount(c) < 20).count();
        assertThat(smallCommunes).isGreaterThan(50);
        assertThat(data.cabinets().get(0).city()).isEqualTo("Sainte-Foy-lès-Lyon");
    }

    @Test
    void cdg69WithoutCommunesFile() {
        assertCdg69Sizes(generate(Preset.CDG69, 42, null));
    }

    @Test
    void sirensAreValidAndUnique() {
        for (var communes : CommunesFixture.geographies()) {
            for (var preset : Preset.values()) {
                var sirens = generate(preset, 42, communes).collectivites().stream().map(CollectiviteRow::siren).toList();
                assertThat(sirens).allMatch(SirenChecksum::isValid, "a valid SIREN").doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void agentsAreBelievableAndSomeVisitsAreOverdue() {
        var data = generate(Preset.CDG69, 42, null);
        var agents = data.agents();
        assertThat(agents).allSatisfy(agent -> {
            long age = ChronoUnit.YEARS.between(agent.birthDate(), TODAY);
            assertThat(age).isBetween(18L, 67L);
            assertThat(agent.hireDate()).isAfterOrEqualTo(agent.birthDate().plusYears(18)).isBeforeOrEqualTo(TODAY);
            assertThat(agent.smpIntervalMonths() != null).isEqualTo(agent.smp());
            if (agent.lastVipDate() != null) {
                assertThat(agent.lastVipDate()).isBetween(agent.hireDate(), TODAY);
            }
        });
        double overdue = agents.stream().filter(a -> a.lastVipDate() != null
                && a.lastVipDate().isBefore(TODAY.minusYears(2))).count() / (double) agents.size();
        assertThat(overdue).isBetween(0.10, 0.35);
        double smp = agents.stream().filter(AgentRow::smp).count() / (double) agents.size();
        assertThat(smp).isBetween(0.05, 0.40);
        assertThat(agents).extracting(AgentRow::post).contains("ATSEM", "Policier municipal", "Aide-soignant");
        assertThat(agents).filteredOn(a -> a.post().equals("Policier municipal")).allMatch(AgentRow::smp);
        assertThat(agents).filteredOn(a -> a.post().equals("Secrétaire de mairie")).allMatch(AgentRow::administrativePost);
        var matricules = new HashSet<String>();
        assertThat(agents).allMatch(a -> matricules.add(a.collectivite() + "/" + a.matricule()));
    }

    @Test
    void headcountOfTheYearIsTheNumberOfAgentsAndBigEmployersMayRunTheirOwnSecretariat() {
        var data = generate(Preset.CIG, 42, null);
        Map<Integer, Long> agentsPerCollectivite = data.agents().stream()
                .collect(Collectors.groupingBy(AgentRow::collectivite, Collectors.counting()));
        for (int i = 0; i < data.collectivites().size(); i++) {
            var collectivite = data.collectivites().get(i);
            assertThat((long) currentHeadcount(collectivite)).isEqualTo(agentsPerCollectivite.get(i));
            assertThat(collectivite.memberships()).extracting(DemoData.MembershipRow::service).contains("PREVENTIVE");
            if (collectivite.ownSecretariat()) {
                assertThat(currentHeadcount(collectivite)).isGreaterThan(800);
                assertThat(collectivite.affiliated()).isFalse();
            }
            if (currentHeadcount(collectivite) < 350) {
                assertThat(collectivite.affiliated()).isTrue();
            }
            assertThat(collectivite.referentEmail()).matches("[^@\\s]+@[^@\\s]+");
        }
        assertThat(data.collectivites()).anyMatch(CollectiviteRow::ownSecretariat);
        assertThat(data.collectivites()).filteredOn(c -> c.memberships().size() == 2).hasSizeGreaterThan(150);
        var referent = data.referent();
        assertThat(referent.kind()).isEqualTo("COMMUNE");
        assertThat(referent.affiliated()).isTrue();
    }

    @Test
    void professionalsWorkHalfDaysMatchingTheirRatioAndTakeLeaves() {
        var data = generate(Preset.CIG, 42, null);
        var doctors = data.professionals().stream().filter(p -> p.kind().endsWith("DOCTOR")).count();
        assertThat(doctors / (double) data.professionals().size()).isCloseTo(1 / 3.0, within(0.08));
        assertThat(data.professionals()).allSatisfy(p -> {
            assertThat(p.halfDays()).hasSize(p.workingRatio().movePointRight(1).intValue())
                    .doesNotHaveDuplicates()
                    .allMatch(h -> h.dayOfWeek() >= 1 && h.dayOfWeek() <= 5);
            assertThat(p.workingRatio().doubleValue()).isBetween(0.5, 1.0);
            assertThat(p.code()).matches("[A-Za-z0-9_-]{2,32}");
            var leaves = p.leaves().stream().sorted(Comparator.comparing(DemoData.LeaveRow::startDate)).toList();
            assertThat(leaves).isNotEmpty();
            for (int i = 1; i < leaves.size(); i++) {
                assertThat(leaves.get(i).startDate()).isAfter(leaves.get(i - 1).endDate());
            }
        });
        assertThat(data.professionals()).extracting(DemoData.ProfessionalRow::code).doesNotHaveDuplicates();
        assertThat(data.professionals()).flatExtracting(DemoData.ProfessionalRow::leaves)
                .anyMatch(l -> l.startDate().getMonthValue() == 7 || l.startDate().getMonthValue() == 8);
    }

    @Test
    void cabinetsCoverTheTerritory() {
        var data = generate(Preset.CIG, 42, null);
        var byKind = data.cabinets().stream().collect(Collectors.groupingBy(DemoData.CabinetRow::kind, Collectors.counting()));
        assertThat(byKind).containsEntry("TELECONSULTATION", 1L).containsEntry("CDG_PREMISES", 3L)
                .containsEntry("COLLECTIVITE_OFFICE", 24L).containsEntry("SHARED_OFFICE", 12L);
        assertThat(data.cabinets()).allSatisfy(cabinet -> {
            assertThat(cabinet.kind().equals("TELECONSULTATION")).isEqualTo(cabinet.latitude() == null);
            assertThat(cabinet.kind().equals("COLLECTIVITE_OFFICE")).isEqualTo(cabinet.ownerCollectivite() != null);
            assertThat(cabinet.rooms()).isBetween(1, 4);
            assertThat(cabinet.openings()).isNotEmpty().doesNotHaveDuplicates();
        });
        var codes = data.cabinets().stream().collect(Collectors.toMap(DemoData.CabinetRow::code, Function.identity()));
        assertThat(codes).hasSize(data.cabinets().size());
    }

    @Test
    void everyCollectiviteHasACabinetWithinAnHourAsTheConventionRequires() {
        var model = TravelTimeModel.withDefaults();
        for (var communes : CommunesFixture.geographies()) {
            for (var preset : Preset.values()) {
                var data = generate(preset, 42, communes);
                var cabinets = data.cabinets().stream().filter(c -> c.latitude() != null)
                        .map(c -> model.place(c.latitude(), c.longitude(), c.postalCode())).toList();
                assertThat(data.collectivites()).allSatisfy(c -> {
                    var seat = model.place(c.latitude(), c.longitude(), c.postalCode());
                    assertThat(cabinets.stream().mapToInt(cabinet -> model.minutes(seat, cabinet)).min().orElseThrow())
                            .as("nearest cabinet of %s (%s)", c.name(), preset).isLessThanOrEqualTo(60);
                });
            }
        }
    }

    private static void assertCigSizes(DemoData data) {
        assertThat(data.collectivites()).hasSizeBetween(311, 331);
        assertThat(data.agents().size()).isCloseTo(145_000, within(7_250));
        assertThat(data.professionals()).hasSizeBetween(40, 50);
        assertThat(data.cabinets()).hasSizeBetween(36, 44);
        assertThat(data.collectivites()).filteredOn(c -> c.kind().equals("EPT")).hasSize(11);
        assertThat(data.collectivites()).filteredOn(c -> c.kind().equals("COMMUNE")).hasSize(123);
    }

    private static void assertCdg69Sizes(DemoData data) {
        assertThat(data.collectivites()).hasSizeBetween(500, 580);
        assertThat(data.agents().size()).isCloseTo(20_000, within(1_000));
        assertThat(data.professionals()).hasSizeBetween(12, 20);
        assertThat(data.cabinets()).hasSizeBetween(10, 16);
        assertThat(data.collectivites()).filteredOn(c -> c.kind().equals("EPT")).isEmpty();
    }

    private static int currentHeadcount(CollectiviteRow collectivite) {
        return collectivite.headcounts().stream().filter(h -> h.year() == TODAY.getYear()).findFirst().orElseThrow()
                .headcount();
    }
}
