package dev.onboardingbuddy.enrollment;

import java.util.Optional;

/**
 * Which hires to list, open or not, and which page of them: every filter given must match.
 *
 * @param offset how many matching hires to skip, oldest enrolment first
 * @param limit the most to return
 */
public record HireSearch(
        Optional<HireStatus> status,
        Optional<String> team,
        Optional<ChatUserId> manager,
        Optional<String> templateId,
        int offset,
        int limit) {
    public HireSearch {
        status = status == null ? Optional.empty() : status;
        team = team == null ? Optional.empty() : team;
        manager = manager == null ? Optional.empty() : manager;
        templateId = templateId == null ? Optional.empty() : templateId;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit are not negative");
        }
    }

    public boolean matches(Hire hire) {
        return status.map(hire.status()::equals).orElse(true)
                && team.map(id -> hire.team().equals(Optional.of(id))).orElse(true)
                && manager.map(hire.manager()::equals).orElse(true)
                && templateId.map(id -> hire.templateId().value().equals(id)).orElse(true);
    }
}
