package dev.onboardingbuddy.programme;

import dev.onboardingbuddy.enrollment.Actor;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code /onboarding start} asks for; empty options take the configured defaults.
 *
 * @param zone the hire's time zone, as their chat profile says
 * @param startDate empty means today in the hire's zone
 * @param managerChannel where this hire's manager reminders go, instead of the team's or the default channel
 */
public record EnrollmentRequest(
        Actor caller,
        ChatUserId hire,
        ChatUserId manager,
        ZoneId zone,
        Optional<String> templateId,
        Optional<LocalDate> startDate,
        Optional<ChatUserId> buddy,
        Optional<String> calendarId,
        Optional<String> team,
        Optional<String> managerChannel) {

    public EnrollmentRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(hire, "hire");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(zone, "zone");
        templateId = templateId == null ? Optional.empty() : templateId;
        startDate = startDate == null ? Optional.empty() : startDate;
        buddy = buddy == null ? Optional.empty() : buddy;
        calendarId = calendarId == null ? Optional.empty() : calendarId;
        team = team == null ? Optional.empty() : team;
        managerChannel = managerChannel == null ? Optional.empty() : managerChannel;
    }
}
