package fr.cdg.medtravail.demo;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import fr.cdg.medtravail.directory.SirenChecksum;

/** Hands out valid SIRENs that collide neither with each other nor with the real ones it was told about. */
final class SirenAllocator {

    private final Set<String> used = new HashSet<>();
    private final RandomGenerator random;

    SirenAllocator(RandomGenerator random) {
        this.random = random;
    }

    /** Marks a real SIREN as taken. */
    void reserve(String siren) {
        used.add(siren);
    }

    /** A fresh SIREN whose body starts with {@code prefix} (e.g. "26" like real CCAS, "25" like syndicats). */
    String next(String prefix) {
        while (true) {
            var body = new StringBuilder(prefix);
            while (body.length() < 8) {
                body.append(random.nextInt(10));
            }
            var siren = SirenChecksum.withCheckDigit(body.toString());
            if (used.add(siren)) {
                return siren;
            }
        }
    }
}
