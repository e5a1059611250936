package dev.onboardingbuddy.progress;

import java.util.List;

/**
 * The answer to {@code status} for many hires: totals over all of them and the riskiest few in detail, so that an
 * installation of thousands gets a summary within a chat message's limits.
 *
 * @param hires how many hires match
 * @param withOverdue how many of them have at least one overdue item
 * @param overdueItems the overdue items of all of them
 * @param paused how many of them are paused
 * @param riskiest the riskiest of them, riskiest first, at most {@link ProgressReport#LINES}
 */
public record StatusOverview(int hires, int withOverdue, int overdueItems, int paused, List<HireProgress> riskiest) {
    public StatusOverview {
        riskiest = List.copyOf(riskiest);
    }

    /** Whether some matching hires are left out of {@link #riskiest}. */
    public boolean summarised() {
        return hires > riskiest.size();
    }
}
