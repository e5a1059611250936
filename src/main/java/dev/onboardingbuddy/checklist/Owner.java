package dev.onboardingbuddy.checklist;

/** Who is expected to complete an item, and so who is told when it is released. */
public enum Owner {
    HIRE,
    MANAGER,
    BOTH;

    public boolean includesHire() {
        return this != MANAGER;
    }

    public boolean includesManager() {
        return this != HIRE;
    }
}
