package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Hires for tests, named by what matters to the test: {@code Hires.anActiveHire().managedBy("UMGR2").startingOn(day)
 * .build()}. Everything else has a plain default: UHIRE managed by UMGR on backend-engineer version 1, starting on
 * Monday 2026-12-07 in UTC on the default calendar, enrolled by UADMIN at the epoch.
 */
public final class Hires {
    private HireId id = HireId.random();
    private ChatUserId user = ChatUserId.slack("UHIRE");
    private ChatUserId manager = ChatUserId.slack("UMGR");
    private Optional<ChatUserId> buddy = Optional.empty();
    private TemplateId template = new TemplateId("backend-engineer");
    private int templateVersion = 1;
    private LocalDate start = LocalDate.of(2026, 12, 7);
    private ZoneId zone = ZoneId.of("UTC");
    private String calendar = "default";
    private Optional<String> team = Optional.empty();
    private Optional<String> managerChannel = Optional.empty();
    private HireStatus status = HireStatus.ACTIVE;
    private ChatUserId enrolledBy = ChatUserId.slack("UADMIN");
    private Instant enrolledAt = Instant.EPOCH;

    private Hires() {}

    public static Hires anActiveHire() {
        return new Hires();
    }

    public Hires withId(HireId id) {
        this.id = id;
        return this;
    }

    /** A Slack user id. */
    public Hires user(String slackId) {
        return user(ChatUserId.slack(slackId));
    }

    public Hires user(ChatUserId user) {
        this.user = user;
        return this;
    }

    /** A Slack user id. */
    public Hires managedBy(String slackId) {
        return managedBy(ChatUserId.slack(slackId));
    }

    public Hires managedBy(ChatUserId manager) {
        this.manager = manager;
        return this;
    }

    public Hires withBuddy(String slackId) {
        this.buddy = Optional.of(ChatUserId.slack(slackId));
        return this;
    }

    public Hires on(TemplateId template, int version) {
        this.template = template;
        this.templateVersion = version;
        return this;
    }

    public Hires on(String templateId) {
        return on(new TemplateId(templateId), 1);
    }

    public Hires startingOn(LocalDate start) {
        this.start = start;
        return this;
    }

    public Hires in(ZoneId zone) {
        this.zone = zone;
        return this;
    }

    public Hires onCalendar(String calendarId) {
        this.calendar = calendarId;
        return this;
    }

    public Hires inTeam(String team) {
        return inTeam(Optional.of(team));
    }

    public Hires inTeam(Optional<String> team) {
        this.team = team;
        return this;
    }

    public Hires remindingIn(String managerChannel) {
        return remindingIn(Optional.of(managerChannel));
    }

    public Hires remindingIn(Optional<String> managerChannel) {
        this.managerChannel = managerChannel;
        return this;
    }

    public Hires withStatus(HireStatus status) {
        this.status = status;
        return this;
    }

    public Hires enrolledBy(String slackId) {
        return enrolledBy(ChatUserId.slack(slackId));
    }

    public Hires enrolledBy(ChatUserId person) {
        this.enrolledBy = person;
        return this;
    }

    public Hires enrolledAt(Instant enrolledAt) {
        this.enrolledAt = enrolledAt;
        return this;
    }

    public Hire build() {
        return new Hire(
                id,
                user,
                manager,
                buddy,
                template,
                templateVersion,
                start,
                zone,
                calendar,
                team,
                managerChannel,
                status,
                enrolledBy,
                enrolledAt);
    }
}
