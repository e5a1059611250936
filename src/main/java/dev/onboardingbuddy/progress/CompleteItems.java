package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.progress.ItemOutcome.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Completes and reopens a hire's items, each once, recording who, when and how. */
public final class CompleteItems {
    private final HireItemsLoader items;
    private final ProgressRepository progress;
    private final Clock clock;

    public CompleteItems(HireItemsLoader items, ProgressRepository progress, Clock clock) {
        this.items = items;
        this.progress = progress;
        this.clock = clock;
    }

    public CompletionOutcome complete(Hire hire, ChatUserId actor, List<Integer> numbers, CompletionMethod how) {
        return apply(
                hire,
                actor,
                numbers,
                (entry, at) -> progress.complete(hire.id(), entry.state().itemKey(), new Completion(actor, at, how))
                        ? Result.COMPLETED
                        : Result.ALREADY_DONE);
    }

    /** Completes by key, as a button does; the number is looked up so the answer reads the same as for text. */
    public CompletionOutcome complete(Hire hire, ChatUserId actor, ItemKey key, CompletionMethod how) {
        HireItems current = items.load(hire);
        Optional<Integer> number = current.entries().stream()
                .filter(entry -> entry.item().key().equals(key))
                .map(entry -> entry.state().number())
                .findFirst();
        return complete(hire, actor, number.map(List::of).orElse(List.of(-1)), how);
    }

    public CompletionOutcome undo(Hire hire, ChatUserId actor, List<Integer> numbers, CompletionMethod how) {
        return apply(
                hire,
                actor,
                numbers,
                (entry, at) -> progress.undo(hire.id(), entry.state().itemKey(), new Completion(actor, at, how))
                        ? Result.REOPENED
                        : Result.WAS_NOT_DONE);
    }

    private CompletionOutcome apply(Hire hire, ChatUserId actor, List<Integer> numbers, Change change) {
        Instant now = clock.instant();
        HireItems before = items.load(hire);
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (int number : numbers) {
            Optional<HireItems.Entry> entry = before.byNumber(number);
            if (entry.isEmpty()) {
                outcomes.add(new ItemOutcome(number, "", Result.NO_SUCH_ITEM));
            } else if (!entry.get().forHire() && actor.equals(hire.user())) {
                // a review ticked by the hire would silence the manager's reminders without the review being held
                outcomes.add(new ItemOutcome(number, entry.get().title(), Result.MANAGERS_ITEM));
            } else if (!entry.get().state().isReleased()) {
                outcomes.add(new ItemOutcome(number, entry.get().title(), Result.NOT_RELEASED_YET));
            } else {
                outcomes.add(new ItemOutcome(number, entry.get().title(), change.apply(entry.get(), now)));
            }
        }
        return new CompletionOutcome(outcomes, items.load(hire).tally(now));
    }

    @FunctionalInterface
    private interface Change {
        Result apply(HireItems.Entry entry, Instant at);
    }
}
