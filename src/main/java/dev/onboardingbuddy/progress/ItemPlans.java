package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.timeline.PlannedItem;
import dev.onboardingbuddy.timeline.Timeline;
import java.util.List;
import java.util.Optional;

/** Turns a hire's timeline into the item states that are stored for them. */
public final class ItemPlans {
    private ItemPlans() {}

    public static List<ItemState> of(HireId hire, Timeline timeline) {
        return timeline.items().stream().map(planned -> of(hire, planned)).toList();
    }

    private static ItemState of(HireId hire, PlannedItem planned) {
        return new ItemState(
                hire,
                planned.item().key(),
                planned.number(),
                planned.section().id(),
                planned.releaseAt(),
                planned.dueAt(),
                Optional.empty(),
                Optional.empty());
    }
}
