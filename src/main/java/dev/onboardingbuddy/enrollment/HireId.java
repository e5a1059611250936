package dev.onboardingbuddy.enrollment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one enrolment of one person; a person enrolled twice (after a cancel) has two. */
public record HireId(String value) {
    public HireId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a hire id is not blank");
        }
    }

    public static HireId random() {
        return new HireId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
