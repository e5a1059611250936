package dev.onboardingbuddy.enrollment;

import dev.onboardingbuddy.checklist.TemplateId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A new hire on a checklist template.
 *
 * @param templateVersion the template version at enrolment; later edits of the file do not re-plan this hire
 * @param calendarId the working calendar (weekdays and holidays) releases and due dates follow
 * @param team the team directory entry naming who the hire meets, if any
 * @param managerChannel where manager reminders go, if not the configured default
 */
public record Hire(
        HireId id,
        ChatUserId user,
        ChatUserId manager,
        Optional<ChatUserId> buddy,
        TemplateId templateId,
        int templateVersion,
        LocalDate startDate,
        ZoneId zone,
        String calendarId,
        Optional<String> team,
        Optional<String> managerChannel,
        HireStatus status,
        Actor enrolledBy,
        Instant enrolledAt) {

    public Hire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(enrolledBy, "enrolledBy");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        buddy = buddy == null ? Optional.empty() : buddy;
        team = team == null ? Optional.empty() : team;
        managerChannel = managerChannel == null ? Optional.empty() : managerChannel;
    }

    public Hire withStatus(HireStatus newStatus) {
        return new Hire(
                id,
                user,
                manager,
                buddy,
                templateId,
                templateVersion,
                startDate,
                zone,
                calendarId,
                team,
                managerChannel,
                newStatus,
                enrolledBy,
                enrolledAt);
    }

    public Hire withStartDate(LocalDate newStart) {
        return new Hire(
                id,
                user,
                manager,
                buddy,
                templateId,
                templateVersion,
                newStart,
                zone,
                calendarId,
                team,
                managerChannel,
                status,
                enrolledBy,
                enrolledAt);
    }

    public Hire withZone(ZoneId newZone) {
        return new Hire(
                id,
                user,
                manager,
                buddy,
                templateId,
                templateVersion,
                startDate,
                newZone,
                calendarId,
                team,
                managerChannel,
                status,
                enrolledBy,
                enrolledAt);
    }

    /** The same hire with another manager, after the first one left: reminders and history follow the hire. */
    public Hire withManager(ChatUserId newManager) {
        return new Hire(
                id,
                user,
                newManager,
                buddy,
                templateId,
                templateVersion,
                startDate,
                zone,
                calendarId,
                team,
                managerChannel,
                status,
                enrolledBy,
                enrolledAt);
    }

    /** Which day of the programme {@code now} is on the hire's clock: 1 on the start date, 0 or less before it. */
    public int dayOfProgramme(Instant now) {
        return (int) ChronoUnit.DAYS.between(startDate, LocalDate.ofInstant(now, zone)) + 1;
    }

    public boolean isActive() {
        return status == HireStatus.ACTIVE;
    }
}
