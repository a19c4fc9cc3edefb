package fr.cdg.medtravail.demo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real communes file, kept outside the repository: ../shared/data relative to the working directory (CI layout). */
final class CommunesFixture {

    static final Path COMMUNES = Path.of("../shared/data/communes-69-92-93-94.csv");

    private CommunesFixture() {
    }

    /** Invented geography (null), and the real communes file when this machine has it. */
    static List<Path> geographies() {
        var geographies = new ArrayList<Path>();
        geographies.add(null);
        if (Files.isRegularFile(COMMUNES)) {
            geographies.add(COMMUNES);
        }
        return geographies;
    }

    /** The file, or the test is skipped (not failed) with the reason, on machines that do not have it. */
    static Path communesFile() {
        assumeTrue(Files.isRegularFile(COMMUNES), () -> "ASSUMPTION: real communes file absent at "
                + COMMUNES.toAbsolutePath().normalize() + "; the real-geography checks are skipped");
        return COMMUNES;
    }
}
