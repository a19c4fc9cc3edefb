package fr.cdg.medtravail.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import fr.cdg.medtravail.security.AccountService;
import fr.cdg.medtravail.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, fills an empty database (no collectivité) with the demo data of {@link DemoProperties} and creates the
 * demo accounts admin, secretariat, referent and professional. A database holding any collectivité is left alone.
 */
@Component
@ConditionalOnBooleanProperty("medtravail.demo.enabled")
class DemoDataInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

    private final DemoProperties properties;
    private final DemoDataLoader loader;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoDataInitializer(DemoProperties properties, DemoDataLoader loader, AccountService accounts, JdbcClient jdbc,
                        TransactionTemplate transaction) {
        this.properties = properties;
        this.loader = loader;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM collectivite)").query(Boolean.class).single()) {
            log.info("Demo data not loaded: the database already holds collectivités");
            return;
        }
        var file = properties.communesPath();
        var communes = Files.isRegularFile(file) ? Optional.of(file) : Optional.<Path>empty();
        log.info("Loading demo data: preset {}, seed {}, geography {}", properties.preset(), properties.seed(),
                communes.map(path -> "from " + path.toAbsolutePath().normalize())
                        .orElse("invented (no communes file at " + file.toAbsolutePath().normalize() + ")"));
        long start = System.nanoTime();
        var data = new DemoDataGenerator().generate(properties.preset(), properties.seed(), communes);
        long generated = System.nanoTime();
        var report = transaction.execute(status -> {
            var loaded = loader.load(data);
            createAccounts(data, loaded);
            return loaded;
        });
        log.info("Demo data loaded in {} ms (generation {} ms, writing {} ms): {} collectivités, {} agents, "
                        + "{} professionals, {} cabinets, {} travel-time estimates",
                (System.nanoTime() - start) / 1_000_000, (generated - start) / 1_000_000, report.millis(),
                report.collectivites(), report.agents(), report.professionals(), report.cabinets(),
                report.travelTimes().estimatesWritten());
        log.warn("DEMO ACCOUNTS EXIST (admin, secretariat, referent, professional) with the password of "
                + "medtravail.demo.password: do not use this database for real data. The référent speaks for {}.",
                data.referent().name());
    }

    private void createAccounts(DemoData data, DemoDataLoader.LoadReport loaded) {
        var professional = data.professionals().get(data.demoProfessional());
        create("admin", "Administrateur (démo)", Role.ADMIN, null, List.of());
        create("secretariat", "Secrétariat médical (démo)", Role.SECRETARIAT, null, List.of());
        create("referent", data.referent().referentName() + " (" + data.referent().name() + ")", Role.REFERENT, null,
                List.of(loaded.referentCollectiviteId()));
        create("professional", professional.firstName() + " " + professional.lastName(), Role.PROFESSIONAL,
                loaded.demoProfessionalId(), List.of());
    }

    private void create(String username, String displayName, Role role, Long professionalId, List<Long> collectivites) {
        if (!accounts.exists(username)) {
            accounts.create(username, displayName, properties.password(), role, professionalId, collectivites);
        }
    }
}
