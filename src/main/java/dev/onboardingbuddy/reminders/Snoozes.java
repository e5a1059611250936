package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import java.time.Instant;
import java.util.Map;

/** Items a hire asked not to be nudged about until a given instant. Thread-safe. */
public interface Snoozes {

    /** Sets (or moves) the snooze of an item. */
    void snooze(HireId hire, ItemKey item, Instant until);

    /** Every snooze of the hire, by item. */
    Map<ItemKey, Instant> of(HireId hire);
}
