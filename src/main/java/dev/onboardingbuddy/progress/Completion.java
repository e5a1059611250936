package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.Instant;
import java.util.Objects;

/** Who completed an item, when and how. */
public record Completion(ChatUserId by, Instant at, CompletionMethod how) {
    public Completion {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(how, "how");
    }
}
