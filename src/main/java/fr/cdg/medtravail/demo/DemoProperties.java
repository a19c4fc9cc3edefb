package fr.cdg.medtravail.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data loaded on start into an empty database ({@code medtravail.demo.*}).
 *
 * @param enabled      load the demo when the database has no collectivité (true in application.yml, false in tests)
 * @param preset       CIG (default) or CDG69
 * @param seed         seed of the generator (default 42): same seed, same data
 * @param communesFile real communes CSV, used when it exists (default ../shared/data/communes-69-92-93-94.csv);
 *                     otherwise an invented geography
 * @param password     password of the demo accounts (default "demo-medtravail": acceptable only for demo data)
 */
@ConfigurationProperties("medtravail.demo")
public record DemoProperties(boolean enabled, Preset preset, Long seed, String communesFile, String password) {

    public DemoProperties {
        preset = preset == null ? Preset.CIG : preset;
        seed = seed == null ? 42L : seed;
        communesFile = communesFile == null ? "../shared/data/communes-69-92-93-94.csv" : communesFile;
        password = password == null || password.isBlank() ? "demo-medtravail" : password;
    }

    /** The communes file, relative to the working directory unless absolute (a String: Spring would read a Path as a resource). */
    public Path communesPath() {
        return Path.of(communesFile);
    }
}
