package dev.onboardingbuddy.checklist;

import java.util.Objects;

/**
 * A person the hire should meet: who (the counterpart role), how they relate ("Provides API"), how soon to meet,
 * what to talk about, and how often afterwards.
 */
public record Relationship(String counterpartRole, String relation, Period meetWithin, String focus, String cadence) {
    public Relationship {
        Objects.requireNonNull(counterpartRole, "counterpartRole");
        Objects.requireNonNull(meetWithin, "meetWithin");
        relation = relation == null ? "" : relation;
        focus = focus == null ? "" : focus;
        cadence = cadence == null ? "" : cadence;
    }
}
