package fr.cdg.medtravail.web;

import java.util.Locale;

/**
 * Characters no text of ours may hold, wherever it comes from (JSON, query string, form, CSV cell): NUL, which
 * PostgreSQL cannot store in text (the insert would fail as a conflict), and a surrogate without its pair, which
 * is no character at all (UTF-8 cannot encode it; it would be stored as '?'). Refused, never repaired.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text is refused, or null when it is fine. Positions count from 1. */
    public static String refusal(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "contains the NUL character (U+0000) at position " + (i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                        + ") at position " + (i + 1);
            }
        }
        return null;
    }
}
