package fr.cdg.medtravail.feeds;

import java.security.MessageDigest;

import fr.cdg.medtravail.security.SecretTokens;

/** Feed tokens: {@link SecretTokens}, only their SHA-256 stored and compared. */
final class FeedTokens {

    private FeedTokens() {
    }

    static String generate() {
        return SecretTokens.generate();
    }

    static byte[] hash(String token) {
        return SecretTokens.sha256(token);
    }

    /** Whether a presented token's hash is the stored one, in time independent of where they differ. */
    static boolean matches(byte[] presentedHash, byte[] storedHash) {
        return MessageDigest.isEqual(presentedHash, storedHash);
    }

    /** Whether the text could be a token at all (checked before any hashing or query). */
    static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c ->
                c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
