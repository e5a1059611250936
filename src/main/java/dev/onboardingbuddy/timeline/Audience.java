package dev.onboardingbuddy.timeline;

import dev.onboardingbuddy.checklist.Owner;

/** Who a planned event speaks to. */
public enum Audience {
    HIRE("hire"),
    MANAGER("manager"),
    HIRE_AND_MANAGER("hire+manager");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Audience of(Owner owner) {
        return switch (owner) {
            case HIRE -> HIRE;
            case MANAGER -> MANAGER;
            case BOTH -> HIRE_AND_MANAGER;
        };
    }
}
