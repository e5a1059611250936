package dev.onboardingbuddy.enrollment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A new hire as an HR system sends them (through the API or a spreadsheet), before anyone knows whether they are in
 * the workspace yet. Empty options take the configured defaults when the hire is enrolled.
 *
 * @param platform where the hire will be; empty means the platform of the manager, or the only one served
 * @param startDate empty means the day they are enrolled, in their zone
 */
public record HireRequest(
        Contact hire,
        Contact manager,
        Optional<Contact> buddy,
        Optional<String> templateId,
        Optional<LocalDate> startDate,
        Optional<String> calendarId,
        Optional<String> team,
        Optional<Platform> platform) {

    public HireRequest {
        Objects.requireNonNull(hire, "hire");
        Objects.requireNonNull(manager, "manager");
        buddy = buddy == null ? Optional.empty() : buddy;
        templateId = templateId == null ? Optional.empty() : templateId;
        startDate = startDate == null ? Optional.empty() : startDate;
        calendarId = calendarId == null ? Optional.empty() : calendarId;
        team = team == null ? Optional.empty() : team;
        platform = platform == null ? Optional.empty() : platform;
    }

    public HireRequest withStartDate(LocalDate start) {
        return new HireRequest(hire, manager, buddy, templateId, Optional.of(start), calendarId, team, platform);
    }

    public HireRequest withManager(Contact newManager) {
        return new HireRequest(hire, newManager, buddy, templateId, startDate, calendarId, team, platform);
    }

    public HireRequest withHire(Contact found) {
        return new HireRequest(found, manager, buddy, templateId, startDate, calendarId, team, platform);
    }
}
