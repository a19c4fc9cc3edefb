package fr.cdg.medtravail.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cdg.medtravail.security.AccountService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Each test loads inside the test's transaction, rolled back afterwards: the shared database stays as it was. */
@Transactional
class DemoDataLoaderIntegrationTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoaderIntegrationTest.class);
    private static final List<String> TABLES = List.of("collectivite", "collectivite_headcount", "membership", "agent",
            "professional", "professional_half_day", "professional_leave", "cabinet", "cabinet_opening", "travel_time");

    @Autowired
    private DemoDataLoader loader;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void writesEveryRowOfThePresetAndItsTravelTimes() {
        var data = new DemoDataGenerator().generate(Preset.CDG69, 42, Optional.empty(), LocalDate.of(2026, 11, 25));
        var before = counts();
        var report = loader.load(data);
        var added = added(before);

        int physicalCabinets = (int) data.cabinets().stream().filter(c -> c.latitude() != null).count();
        assertThat(added).containsEntry("collectivite", data.collectivites().size())
                .containsEntry("agent", data.agents().size())
                .containsEntry("professional", data.professionals().size())
                .containsEntry("cabinet", data.cabinets().size())
                .containsEntry("collectivite_headcount", 2 * data.collectivites().size())
                .containsEntry("membership", data.collectivites().stream().mapToInt(c -> c.memberships().size()).sum())
                .containsEntry("professional_half_day", data.professionals().stream().mapToInt(p -> p.halfDays().size()).sum())
                .containsEntry("professional_leave", data.professionals().stream().mapToInt(p -> p.leaves().size()).sum())
                .containsEntry("cabinet_opening", data.cabinets().stream().mapToInt(c -> c.openings().size()).sum());
        assertThat(travelTimesWithin(data)).isEqualTo(data.collectivites().size() * physicalCabinets);
        assertThat(report.agents()).isEqualTo(data.agents().size());

        // Spot-check one row of each kind against what was generated.
        var referent = data.referent();
        assertThat(jdbc.sql("SELECT name FROM collectivite WHERE id = ?").param(report.referentCollectiviteId())
                .query(String.class).single()).isEqualTo(referent.name());
        var agent = data.agents().get(123);
        assertThat(jdbc.sql("""
                        SELECT a.birth_date FROM agent a JOIN collectivite c ON c.id = a.collectivite_id
                        WHERE c.siren = ? AND a.matricule = ?""")
                .params(data.collectivites().get(agent.collectivite()).siren(), agent.matricule())
                .query(LocalDate.class).single()).isEqualTo(agent.birthDate());
        var office = data.cabinets().stream().filter(c -> c.kind().equals("COLLECTIVITE_OFFICE")).findFirst().orElseThrow();
        assertThat(jdbc.sql("""
                        SELECT o.siren FROM cabinet k JOIN collectivite o ON o.id = k.owner_collectivite_id WHERE k.code = ?""")
                .param(office.code()).query(String.class).single())
                .isEqualTo(data.collectivites().get(office.ownerCollectivite()).siren());
        assertThat(jdbc.sql("SELECT working_ratio FROM professional WHERE id = ?").param(report.demoProfessionalId())
                .query(BigDecimal.class).single()).isEqualByComparingTo(data.professionals().get(0).workingRatio());
    }

    @Test
    void loadsTheFullCigPreset() {
        var communes = Files.isRegularFile(CommunesFixture.COMMUNES)
                ? Optional.of(CommunesFixture.COMMUNES) : Optional.<Path>empty();
        long start = System.nanoTime();
        var data = new DemoDataGenerator().generate(Preset.CIG, 42, communes);
        long generated = System.nanoTime();
        var before = counts();
        var report = loader.load(data);
        log.info("CIG preset ({} geography): generated in {} ms, written in {} ms: {} collectivités, {} agents, "
                        + "{} travel times", communes.isPresent() ? "real" : "invented", (generated - start) / 1_000_000,
                report.millis(), report.collectivites(), report.agents(), report.travelTimes().estimatesWritten());
        var added = added(before);
        assertThat(added.get("agent")).isEqualTo(data.agents().size()).isBetween(137_750, 152_250);
        assertThat(added.get("collectivite")).isBetween(311, 331);
        assertThat(travelTimesWithin(data)).isEqualTo(data.collectivites().size() * (data.cabinets().size() - 1));
    }

    @Test
    void startingOnAnEmptyDatabaseLoadsTheDemoAndItsAccounts() {
        // Inside the rolled-back test transaction, make the database look empty; statements issued by other tests
        // keep their collectivités until commit, which never comes.
        jdbc.sql("SET CONSTRAINTS ALL DEFERRED").update();
        jdbc.sql("DELETE FROM collectivite").update();
        jdbc.sql("DELETE FROM app_user WHERE username IN ('admin', 'secretariat', 'referent', 'professional')").update();
        var properties = new DemoProperties(true, Preset.CDG69, 7L, "/nonexistent/communes.csv", "s3cret-demo-password");
        var initializer = new DemoDataInitializer(properties, loader, accounts, jdbc, transaction);

        initializer.run(null);

        assertThat(jdbc.sql("SELECT count(*) FROM collectivite").query(Integer.class).single())
                .isEqualTo(Preset.CDG69.targetCollectivites());
        var referent = (CdgUser) accounts.loadUserByUsername("referent");
        assertThat(referent.role()).isEqualTo(Role.REFERENT);
        assertThat(referent.collectiviteIds()).hasSize(1);
        assertThat(passwordEncoder.matches("s3cret-demo-password", referent.getPassword())).isTrue();
        var professional = (CdgUser) accounts.loadUserByUsername("professional");
        assertThat(professional.professionalId()).isNotNull();
        assertThat(((CdgUser) accounts.loadUserByUsername("admin")).role()).isEqualTo(Role.ADMIN);
        assertThat(((CdgUser) accounts.loadUserByUsername("secretariat")).role()).isEqualTo(Role.SECRETARIAT);

        // A second start finds data and leaves it alone.
        initializer.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM collectivite").query(Integer.class).single())
                .isEqualTo(Preset.CDG69.targetCollectivites());
    }

    /** Travel times between the loaded collectivités and cabinets (other tests' rows share the database). */
    private int travelTimesWithin(DemoData data) {
        return jdbc.sql("""
                        SELECT count(*) FROM travel_time t
                        JOIN collectivite c ON c.id = t.collectivite_id JOIN cabinet k ON k.id = t.cabinet_id
                        WHERE c.siren = ANY (?) AND k.code = ANY (?)""")
                .params(data.collectivites().stream().map(c -> c.siren()).toArray(String[]::new),
                        data.cabinets().stream().map(k -> k.code()).toArray(String[]::new))
                .query(Integer.class).single();
    }

    private Map<String, Integer> counts() {
        var counts = new LinkedHashMap<String, Integer>();
        for (var table : TABLES) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single());
        }
        return counts;
    }

    private Map<String, Integer> added(Map<String, Integer> before) {
        var added = new LinkedHashMap<String, Integer>();
        counts().forEach((table, count) -> added.put(table, count - before.get(table)));
        return added;
    }
}
