package dev.onboardingbuddy.home;

import dev.onboardingbuddy.progress.HireProgress;
import java.util.List;

/**
 * A hire's own programme: how far along, what is overdue, and each section with its open items.
 *
 * @param overdue open items past their due date, earliest due first
 */
public record OwnChecklist(HireProgress progress, List<OpenItem> overdue, List<SectionProgress> sections) {
    public OwnChecklist {
        overdue = List.copyOf(overdue);
        sections = List.copyOf(sections);
    }

    /**
     * @param open the items released to the hire and not done, except the overdue ones (listed apart), by number
     * @param released whether every item of the section has reached the hire
     */
    public record SectionProgress(String title, int done, int total, boolean released, List<OpenItem> open) {
        public SectionProgress {
            open = List.copyOf(open);
        }
    }
}
