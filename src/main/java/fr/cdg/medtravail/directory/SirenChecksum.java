package fr.cdg.medtravail.directory;

/** The INSEE rule for SIREN numbers: nine digits whose last one is a Luhn check digit. */
public final class SirenChecksum {

    private SirenChecksum() {
    }

    public static boolean isValid(String siren) {
        return siren != null && siren.matches("[0-9]{9}") && luhnSum(siren) % 10 == 0;
    }

    /** The valid SIREN that starts with the eight given digits. */
    public static String withCheckDigit(String body) {
        for (int check = 0; check <= 9; check++) {
            var candidate = body + check;
            if (luhnSum(candidate) % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn check digit for " + body);
    }

    /** Doubling every second digit from the right, the sum of the digits. */
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
}
