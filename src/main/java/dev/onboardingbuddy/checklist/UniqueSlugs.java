package dev.onboardingbuddy.checklist;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out slugs that are unique within one template: lower-case words joined by '-', repeats numbered -2, -3.
 * Deterministic for the same document, because item keys are what completions refer to. Not thread-safe; one
 * instance per import.
 */
final class UniqueSlugs {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private final int maxLength;
    private final Set<String> taken = new HashSet<>();

    /** @param maxLength longest slug before numbering; 0 for no limit */
    UniqueSlugs(int maxLength) {
        this.maxLength = maxLength;
    }

    String next(String text) {
        String base = slug(text, maxLength);
        String candidate = base;
        for (int number = 2; !taken.add(candidate); number++) {
            candidate = base + "-" + number;
        }
        return candidate;
    }

    static String slug(String text, int maxLength) {
        String ascii = DIACRITICS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("");
        String slug =
                NON_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            return "item";
        }
        if (maxLength <= 0 || slug.length() <= maxLength) {
            return slug;
        }
        // Cut at a word boundary so a key never ends in half a word, unless the first word alone is too long.
        int cut = slug.lastIndexOf('-', maxLength);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, maxLength);
    }
}
