package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import java.util.Optional;

/**
 * Narrows {@code status} to some of the hires the caller may see: {@code status overdue}, {@code status @manager},
 * {@code status team NAME}, {@code status template ID}, in any combination.
 */
public record StatusFilter(
        boolean overdueOnly, Optional<ChatUserId> manager, Optional<String> team, Optional<String> template) {
    public static final StatusFilter NONE =
            new StatusFilter(false, Optional.empty(), Optional.empty(), Optional.empty());

    public boolean narrows() {
        return !equals(NONE);
    }

    public StatusFilter managedBy(ChatUserId person) {
        return new StatusFilter(overdueOnly, Optional.of(person), team, template);
    }

    /** Whether the hire is one of those asked for; overdue items are counted elsewhere (see {@link ProgressReport}). */
    boolean admits(Hire hire) {
        return manager.map(hire.manager()::equals).orElse(true)
                && team.map(name -> hire.team().map(name::equalsIgnoreCase).orElse(false))
                        .orElse(true)
                && template.map(hire.templateId().value()::equalsIgnoreCase).orElse(true);
    }
}
