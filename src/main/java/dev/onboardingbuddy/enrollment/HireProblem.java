package dev.onboardingbuddy.enrollment;

import java.util.Objects;

/**
 * One thing wrong with a {@link HireRequest}, tied to the part of the request it is about, so that each adapter can
 * name its own field or column (the API's {@code manager_email}, a spreadsheet's column).
 */
public record HireProblem(Field field, String message) {

    /** The parts of a request; a contact's id and address are one field each way an adapter spells it. */
    public enum Field {
        HIRE,
        MANAGER,
        BUDDY,
        TEMPLATE,
        START_DATE,
        CALENDAR,
        TEAM,
        PLATFORM
    }

    public HireProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
