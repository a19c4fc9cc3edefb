package fr.cdg.medtravail.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Feed tokens: 256 random bits, URL-safe; only their SHA-256 is stored and compared. */
final class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedTokens() {
    }

    static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Whether a presented token has the stored hash, in time independent of where they differ. */
    static boolean matches(String token, byte[] storedHash) {
        return MessageDigest.isEqual(hash(token), storedHash);
    }

    /** Whether the text could be a token at all (checked before any hashing or query). */
    static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c ->
                c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
