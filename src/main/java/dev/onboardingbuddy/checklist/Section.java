package dev.onboardingbuddy.checklist;

import java.util.List;
import java.util.Objects;

/**
 * A group of items released together, such as "Week 1: Orientation & Setup".
 *
 * @param phase the goal block it belongs to, such as "30-Day Goals (Foundation)"; may be empty
 */
public record Section(String id, String title, String phase, List<ChecklistItem> items) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        phase = phase == null ? "" : phase;
        items = List.copyOf(items);
    }
}
