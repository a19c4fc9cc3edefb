package fr.cdg.medtravail.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Secrets that travel in paths (calendar feed tokens: {@code /feeds/{token}.ics}) are never recorded: the audit
 * trail keeps the route, not the credential.
 */
final class SecretPaths {

    static final String MASK = "[masked]";
    private static final Pattern FEED = Pattern.compile("(/feeds/)[^/?]+");

    private SecretPaths() {
    }

    static String mask(String uri) {
        return uri == null ? null : FEED.matcher(uri).replaceAll("$1" + MASK);
    }

    /** Path variables with any named {@code token} masked. */
    static Map<String, String> mask(Map<String, String> variables) {
        var masked = new LinkedHashMap<String, String>(variables);
        masked.replaceAll((name, value) -> name.equalsIgnoreCase("token") ? MASK : value);
        return masked;
    }
}
