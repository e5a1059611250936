package dev.onboardingbuddy.enrollment;

import java.util.Objects;

/** The person who fills a counterpart role in a team, and what a new hire should bring to them. */
public record TeamMember(String role, ChatUserId person, String topics) {
    public TeamMember {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(person, "person");
        topics = topics == null ? "" : topics;
    }
}
