package dev.onboardingbuddy.home;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.Objects;
import java.util.Optional;

/**
 * What one person's home shows, chat-neutral: one part per role they have, each absent when they do not have it. A
 * person can be a hire and a manager at once, and sees both parts.
 *
 * @param checklist their own programme, while they are onboarding
 * @param managed the hires they manage
 * @param led the hires of the teams they lead, except those they manage (shown in {@code managed})
 * @param admin everyone, for an admin
 */
public record HomeView(
        ChatUserId viewer,
        Optional<OwnChecklist> checklist,
        Optional<HiresOverview> managed,
        Optional<HiresOverview> led,
        Optional<AdminOverview> admin) {
    public HomeView {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(managed, "managed");
        Objects.requireNonNull(led, "led");
        Objects.requireNonNull(admin, "admin");
    }

    /** Someone with no role: their home says so, kindly, rather than staying blank. */
    public boolean isEmpty() {
        return checklist.isEmpty() && managed.isEmpty() && led.isEmpty() && admin.isEmpty();
    }
}
