package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.reminders.HeldReview;
import dev.onboardingbuddy.reminders.ReviewLog;
import dev.onboardingbuddy.timeline.ReminderKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ReviewLog} in a concurrent map; passes {@link ReviewLogContract}. Thread-safe. */
public final class InMemoryReviewLog implements ReviewLog {

    private record Key(HireId hire, ItemKey item, ReminderKind kind) {}

    private final Map<Key, HeldReview> held = new ConcurrentHashMap<>();

    @Override
    public boolean record(HeldReview review) {
        return held.putIfAbsent(new Key(review.hire(), review.item(), review.kind()), review) == null;
    }

    @Override
    public Optional<HeldReview> find(HireId hire, ItemKey item, ReminderKind kind) {
        return Optional.ofNullable(held.get(new Key(hire, item, kind)));
    }

    @Override
    public List<HeldReview> forHire(HireId hire) {
        return held.values().stream()
                .filter(review -> review.hire().equals(hire))
                .sorted(Comparator.comparing(HeldReview::at)
                        .thenComparing(review -> review.item().value()))
                .toList();
    }
}
