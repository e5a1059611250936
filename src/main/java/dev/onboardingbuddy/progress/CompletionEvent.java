package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import java.time.Instant;
import java.util.Objects;

/** One entry of a hire's completion history. */
public record CompletionEvent(
        HireId hireId, ItemKey itemKey, CompletionEventType type, ChatUserId actor, Instant at, CompletionMethod how) {
    public CompletionEvent {
        Objects.requireNonNull(hireId, "hireId");
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(how, "how");
    }
}
