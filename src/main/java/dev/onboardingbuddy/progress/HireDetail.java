package dev.onboardingbuddy.progress;

import java.util.List;

/** The {@code status @hire} command's answer: the summary line and progress per section. */
public record HireDetail(HireProgress summary, List<SectionProgress> sections) {
    public HireDetail {
        sections = List.copyOf(sections);
    }

    /**
     * @param released whether every item of the section has reached the hire
     */
    public record SectionProgress(String title, int done, int total, int overdue, boolean released) {}
}
