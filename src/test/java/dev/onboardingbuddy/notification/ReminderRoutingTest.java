package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.Platform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.enrollment.TeamMember;
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
      new Team("payments", "Payments", Optional.of("C0PAYMGRS"), List.of(
          new TeamMember("Frontend Engineer", ChatUserId.slack("U0FRONT"), ""))),
      new Team("search", "Search", Optional.empty(), List.of())));
  private final ReminderRouting routing = new ReminderRouting(TEAMS, RealConfig.calendars(),
      new QuietHours(LocalTime.of(8, 0), LocalTime.of(18, 0)), Map.of(Platform.SLACK, "C0MANAGERS"));

  private static Hire hire(Optional<String> team, Optional<String> channel) {
    return RealConfig.hire("UHIRE", START, BERLIN, "de", team, channel);
  }

  private static PlannedReminder dueReminderOf(String itemKey) {
    return new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT)
        .plan(RealConfig.backendEngineer(), START, BERLIN, RealConfig.calendars().require("de")).reminders().stream()
        .filter(reminder -> reminder.item().key().value().equals(itemKey)).findFirst().orElseThrow();
  }

  @Test
  void the_enrolments_own_manager_channel_comes_before_the_teams_and_the_default() {
    assertThat(routing.managerChannel(hire(Optional.of("payments"), Optional.of("C0OWN"))))
        .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0OWN"));
  }

  @Test
  void without_its_own_channel_the_teams_channel_is_used() {
    assertThat(routing.managerChannel(hire(Optional.of("payments"), Optional.empty())))
        .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0PAYMGRS"));
  }

  @Test
  void a_team_without_a_channel_an_unknown_team_and_no_team_fall_back_to_the_default() {
    assertThat(routing.managerChannel(hire(Optional.of("search"), Optional.empty())))
        .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0MANAGERS"));
    assertThat(routing.managerChannel(hire(Optional.of("gone"), Optional.empty())))
        .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0MANAGERS"));
    assertThat(routing.managerChannel(hire(Optional.empty(), Optional.empty())))
        .isEqualTo(new Recipient.Channel(Platform.SLACK, "C0MANAGERS"));
  }

  @Test
  void a_filled_role_has_no_staffing_gap_and_names_the_counterpart() {
    Hire hire = hire(Optional.of("payments"), Optional.empty());
    assertThat(routing.counterpart(hire, "frontend engineer")).map(TeamMember::person)
        .contains(ChatUserId.slack("U0FRONT"));
    assertThat(routing.staffingGap(hire, dueReminderOf("meet-frontend-engineer"))).isEmpty();
  }

  @Test
  void a_role_nobody_fills_is_named_with_the_team_and_the_file_to_edit() {
    assertThat(routing.staffingGap(hire(Optional.of("payments"), Optional.empty()), dueReminderOf("meet-qa-engineer")))
        .contains(Text.plain("Nobody is set as QA Engineer for team payments: name someone in "
            + "config/teams/payments.yaml."));
  }

  @Test
  void a_hire_without_a_team_is_a_gap_for_every_meeting() {
    assertThat(routing.staffingGap(hire(Optional.empty(), Optional.empty()), dueReminderOf("meet-frontend-engineer")))
        .hasValueSatisfying(gap -> {
          assertThat(gap.spans()).startsWith(new Span.Mention(ChatUserId.slack("UHIRE")))
              .contains(new Span.Code("team NAME"));
          assertThat(gap.plainText()).startsWith("@UHIRE has no team").contains("Frontend Engineer");
        });
  }

  @Test
  void a_review_never_has_a_staffing_gap() {
    assertThat(routing.staffingGap(hire(Optional.empty(), Optional.empty()), dueReminderOf("review-day-30")))
        .isEmpty();
  }

  @Test
  void a_calendar_removed_since_enrolment_falls_back_to_monday_to_friday() {
    Hire hire = RealConfig.hire("UHIRE", START, BERLIN, "removed", Optional.empty(), Optional.empty());
    assertThat(routing.calendarOf(hire).id()).isEqualTo("default");
    assertThat(routing.calendarOf(hire(Optional.empty(), Optional.empty())).id()).isEqualTo("de");
  }
}
