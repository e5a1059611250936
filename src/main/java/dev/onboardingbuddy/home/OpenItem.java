package dev.onboardingbuddy.home;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.notification.ButtonActions;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An item still to do.
 *
 * @param due the last day it is due on, in the hire's zone
 * @param forManager the manager does it (a review, say), not the hire
 */
public record OpenItem(
        HireId hire, ItemKey key, int number, String title, LocalDate due, boolean overdue, boolean forManager) {
    public OpenItem {
        Objects.requireNonNull(hire, "hire");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
    }

    /** The value of its Done button: the same as in the conversation, so a press is one completion wherever it is. */
    public String doneValue() {
        return ButtonActions.itemValue(hire, key);
    }
}
