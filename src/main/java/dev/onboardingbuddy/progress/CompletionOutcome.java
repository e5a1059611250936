package dev.onboardingbuddy.progress;

import java.util.List;

/** The answer to {@code done} or {@code undo}: each named item's fate, then the hire's progress. */
public record CompletionOutcome(List<ItemOutcome> items, Tally tally) {
    public CompletionOutcome {
        items = List.copyOf(items);
    }

    public boolean changedAnything() {
        return items.stream().anyMatch(ItemOutcome::changed);
    }
}
