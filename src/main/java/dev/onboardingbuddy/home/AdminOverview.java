package dev.onboardingbuddy.home;

import dev.onboardingbuddy.notification.FailedSend;
import dev.onboardingbuddy.progress.StatusOverview;
import java.time.Instant;
import java.util.List;

/**
 * The whole installation for an admin: totals, the riskiest hires, and the messages the bot gave up on lately.
 *
 * @param failedSince the start of the window the failed sends are counted in
 * @param failedCount how many sends failed in that window
 * @param failed the newest of them
 */
public record AdminOverview(StatusOverview everyone, Instant failedSince, int failedCount, List<FailedSend> failed) {
    public AdminOverview {
        failed = List.copyOf(failed);
    }
}
