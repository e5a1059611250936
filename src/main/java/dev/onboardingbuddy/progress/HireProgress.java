package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.enrollment.Hire;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * One line of {@code /onboarding status}.
 *
 * @param day the programme day today, 1 on the start date; 0 or less before it
 * @param behind items due by now that are open, as a share of those due by now; 0 when nothing is due yet
 */
public record HireProgress(
        Hire hire, int day, int programmeDays, Tally tally, double behind, Optional<Milestone> next) {

    /** The next review, meeting or due date worth knowing about. */
    public record Milestone(String title, LocalDate date) {}

    /** Riskier hires sort first: more overdue items, then further behind, then fewer done. */
    public static final Comparator<HireProgress> RISK_FIRST = Comparator.comparingInt(
                    (HireProgress p) -> p.tally().overdue())
            .reversed()
            .thenComparing(Comparator.comparingDouble(HireProgress::behind).reversed())
            .thenComparingInt(p -> p.tally().done());
}
