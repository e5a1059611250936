package dev.onboardingbuddy.msteams;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.function.Function;

/** A person's display name for a mention, as their last activity gave it; "someone" for a stranger. */
final class TeamsNames implements Function<ChatUserId, String> {
    private final TeamsDirectory directory;

    TeamsNames(TeamsDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String apply(ChatUserId user) {
        return directory
                .find(user.value())
                .map(TeamsDirectory.Entry::name)
                .filter(name -> !name.isBlank())
                .orElse("someone");
    }
}
