package dev.onboardingbuddy.home;

import dev.onboardingbuddy.progress.HireProgress;
import java.util.List;

/**
 * Someone's hires, riskiest first, each with what is due this week.
 *
 * @param hires how many hires there are in all
 * @param withOverdue how many of them have overdue items
 * @param riskiest the riskiest of them, at most {@link dev.onboardingbuddy.progress.ProgressReport#LINES}
 */
public record HiresOverview(int hires, int withOverdue, List<HireLine> riskiest) {
    public HiresOverview {
        riskiest = List.copyOf(riskiest);
    }

    public boolean summarised() {
        return hires > riskiest.size();
    }

    /**
     * @param dueThisWeek open items, the hire's and the manager's, due by the end of this week in the hire's zone,
     *     overdue ones included; earliest due first
     */
    public record HireLine(HireProgress progress, List<OpenItem> dueThisWeek) {
        public HireLine {
            dueThisWeek = List.copyOf(dueThisWeek);
        }
    }
}
