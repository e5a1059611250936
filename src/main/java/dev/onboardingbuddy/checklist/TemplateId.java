package dev.onboardingbuddy.checklist;

import java.util.Objects;
import java.util.regex.Pattern;

/** The id of a role checklist: its file name without {@code .yaml}, such as {@code backend-engineer}. */
public record TemplateId(String value) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public TemplateId {
        Objects.requireNonNull(value, "value");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "template id '" + value + "' must be lower-case words joined by '-', such as backend-engineer");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
