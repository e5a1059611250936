package dev.onboardingbuddy.checklist;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable key of a checklist item; completions refer to it, so it must not change once hires use it. */
public record ItemKey(String value) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");

    public ItemKey {
        Objects.requireNonNull(value, "value");
        if (!KEY.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "item key '" + value + "' must be lower-case letters and digits joined by '-', '_' or '.'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && KEY.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
