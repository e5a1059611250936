package dev.onboardingbuddy.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A hire's whole plan: every item release and every manager reminder occurrence. */
public record Timeline(List<PlannedItem> items, List<PlannedReminder> reminders) {
    public Timeline {
        items = List.copyOf(items);
        reminders = List.copyOf(reminders);
    }

    /** The last day the plan reaches: its latest due date or reminder. Empty for an empty plan. */
    public Optional<LocalDate> lastDay() {
        return Stream.concat(
                        items.stream().map(PlannedItem::dueDate),
                        reminders.stream().map(PlannedReminder::date))
                .max(LocalDate::compareTo);
    }
}
