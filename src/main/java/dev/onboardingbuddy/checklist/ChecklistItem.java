package dev.onboardingbuddy.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to do in the first 90 days.
 *
 * @param release when it reaches its owner (its first day counts)
 * @param due when it should be done (its last day counts)
 * @param notes further lines shown under the title, such as "Shadow current owner for 1 week"
 * @param metrics success metrics or criteria; for a review, what the manager checks
 * @param target for a capability, the level aimed at ("Expert")
 * @param managerReview for a responsibility, when to review it with the manager ("review with manager: week 8")
 */
public record ChecklistItem(
        ItemKey key,
        String title,
        String details,
        ItemKind kind,
        Owner owner,
        Period release,
        Period due,
        List<String> notes,
        List<String> metrics,
        Optional<Relationship> relationship,
        Optional<String> target,
        Optional<Period> managerReview) {

    public ChecklistItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(due, "due");
        details = details == null ? "" : details;
        notes = List.copyOf(notes == null ? List.of() : notes);
        metrics = List.copyOf(metrics == null ? List.of() : metrics);
        relationship = relationship == null ? Optional.empty() : relationship;
        target = target == null ? Optional.empty() : target;
        managerReview = managerReview == null ? Optional.empty() : managerReview;
    }

    /** A plain task for the hire, for tests and imports that need nothing else. */
    public static ChecklistItem task(String key, String title, Period release, Period due) {
        return new ChecklistItem(
                new ItemKey(key),
                title,
                "",
                ItemKind.TASK,
                Owner.HIRE,
                release,
                due,
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public boolean isReview() {
        return kind == ItemKind.REVIEW;
    }
}
