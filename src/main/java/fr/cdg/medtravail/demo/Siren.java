package fr.cdg.medtravail.demo;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

/** SIREN numbers: nine digits whose last one is a Luhn check digit. */
public final class Siren {

    private Siren() {
    }

    public static boolean isValid(String siren) {
        return siren != null && siren.matches("[0-9]{9}") && luhnSum(siren) % 10 == 0;
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum;
    }

    /** The valid SIREN that starts with the eight given digits. */
    static String withCheckDigit(String body) {
        for (int check = 0; check <= 9; check++) {
            var candidate = body + check;
            if (luhnSum(candidate) % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn check digit for " + body);
    }

    /** Hands out valid SIRENs that collide neither with each other nor with the real ones it was told about. */
    static final class Allocator {

        private final Set<String> used = new HashSet<>();
        private final RandomGenerator random;

        Allocator(RandomGenerator random) {
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
                var siren = withCheckDigit(body.toString());
                if (used.add(siren)) {
                    return siren;
                }
            }
        }
    }
}
