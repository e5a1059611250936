package dev.onboardingbuddy.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.enrollment.TeamMember;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.testing.RealConfig;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderRoutingTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TeamDirectory TEAMS = new TeamDirectory(List.of(
            new Team(
                    "payments",
                    "Payments",
                    Optional.of("C0PAYMGRS"),
                    List.of(new TeamMember("Frontend Engineer", ChatUserId.slack("U0FRONT"), ""))),
            new Team("search", "Search", Optional.empty(), List.of())));
    private final ReminderRouting routing = new ReminderRouting(TEAMS, Map.of(Platform.SLACK, "C0MANAGERS"));
    private final SendWindow window = new SendWindow(
            new QuietHours(LocalTime.of(8, 0), LocalTime.of(18, 0)), RealConfig.calendars(), RecipientZones.none());
    private final ReminderMessages messages = new ReminderMessages(ReminderPolicy.DEFAULT);

    private static Hire hire(Optional<String> team, Optional<String> channel) {
        return RealConfig.hire("UHIRE", START, BERLIN, "de", team, channel);
    }

    private static PlannedReminder dueReminderOf(String itemKey) {
        return new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT)
                        .plan(
                                RealConfig.backendEngineer(),
                                START,
                                BERLIN,
                                RealConfig.calendars().require("de"))
                        .reminders()
                        .stream()
                        .filter(reminder -> reminder.item().key().value().equals(itemKey))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void theEnrolmentsOwnManagerChannelComesBeforeTheTeamsAndTheDefault() {
        assertThat(routing.managerChannel(hire(Optional.of("payments"), Optional.of("C0OWN"))))
                .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0OWN"));
    }

    @Test
    void withoutItsOwnChannelTheTeamsChannelIsUsed() {
        assertThat(routing.managerChannel(hire(Optional.of("payments"), Optional.empty())))
                .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0PAYMGRS"));
    }

    @Test
    void aTeamWithoutAChannelAnUnknownTeamAndNoTeamFallBackToTheDefault() {
        assertThat(routing.managerChannel(hire(Optional.of("search"), Optional.empty())))
                .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0MANAGERS"));
        assertThat(routing.managerChannel(hire(Optional.of("gone"), Optional.empty())))
                .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0MANAGERS"));
        assertThat(routing.managerChannel(hire(Optional.empty(), Optional.empty())))
                .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0MANAGERS"));
    }

    @Test
    void aFilledRoleHasNoStaffingGapAndNamesTheCounterpart() {
        Hire hire = hire(Optional.of("payments"), Optional.empty());
        assertThat(routing.counterpart(hire, "frontend engineer"))
                .map(TeamMember::person)
                .contains(ChatUserId.slack("U0FRONT"));
        assertThat(messages.staffingGap(hire, dueReminderOf("meet-frontend-engineer"), routing))
                .isEmpty();
    }

    @Test
    void aRoleNobodyFillsIsNamedWithTheTeamAndTheFileToEdit() {
        assertThat(messages.staffingGap(
                        hire(Optional.of("payments"), Optional.empty()), dueReminderOf("meet-qa-engineer"), routing))
                .contains(Text.plain("Nobody is set as QA Engineer for team payments: name someone in "
                        + "config/teams/payments.yaml."));
    }

    @Test
    void aHireWithoutATeamIsAGapForEveryMeeting() {
        assertThat(messages.staffingGap(
                        hire(Optional.empty(), Optional.empty()), dueReminderOf("meet-frontend-engineer"), routing))
                .hasValueSatisfying(gap -> {
                    assertThat(gap.spans())
                            .startsWith(new Span.Mention(ChatUserId.slack("UHIRE")))
                            .contains(new Span.Code("team NAME"));
                    assertThat(gap.plainText()).startsWith("@UHIRE has no team").contains("Frontend Engineer");
                });
    }

    @Test
    void aReviewNeverHasAStaffingGap() {
        assertThat(messages.staffingGap(
                        hire(Optional.empty(), Optional.empty()), dueReminderOf("review-day-30"), routing))
                .isEmpty();
    }

    @Test
    void aCalendarRemovedSinceEnrolmentFallsBackToMondayToFriday() {
        Hire hire = RealConfig.hire("UHIRE", START, BERLIN, "removed", Optional.empty(), Optional.empty());
        assertThat(window.calendarOf(hire).id()).isEqualTo("default");
        assertThat(window.calendarOf(hire(Optional.empty(), Optional.empty())).id())
                .isEqualTo("de");
    }
}
