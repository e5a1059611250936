package dev.onboardingbuddy.timeline;

import java.util.List;

/** A hire's whole plan: every item release and every manager reminder occurrence. */
public record Timeline(List<PlannedItem> items, List<PlannedReminder> reminders) {
  public Timeline {
    items = List.copyOf(items);
    reminders = List.copyOf(reminders);
  }
}
