package dev.onboardingbuddy.timeline;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.Section;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When one item reaches its owner and when it is due, for one hire.
 *
 * @param number the item's number in {@code done N}, counted over the whole template from 1
 * @param dueAt the end of the due date in the hire's zone: the item is overdue from this instant on
 */
public record PlannedItem(
        ChecklistItem item,
        Section section,
        int number,
        LocalDate releaseDate,
        Instant releaseAt,
        LocalDate dueDate,
        Instant dueAt) {

    public Audience audience() {
        return Audience.of(item.owner());
    }
}
