package dev.onboardingbuddy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.TeamMember;
import dev.onboardingbuddy.progress.Tally;
import dev.onboardingbuddy.testing.RealConfig;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.ReminderStage;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderMessagesTest {
  // Monday 7 December 2026 in Berlin: the 30-day review is due on Tuesday 5 January 2027.
  private static final Hire HIRE = RealConfig.hire("UHIRE", LocalDate.of(2026, 12, 7), ZoneId.of("Europe/Berlin"),
      "de", Optional.of("example"), Optional.empty());
  private static final Tally TALLY = new Tally(12, 40, 3);
  private static final Span MANAGER = new Span.Mention(ChatUserId.slack("UMGR"));
  private static final Span HIRE_MENTION = new Span.Mention(ChatUserId.slack("UHIRE"));
  private final ReminderMessages messages = new ReminderMessages(ReminderPolicy.DEFAULT);
  private final List<PlannedReminder> plan = new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT)
      .plan(RealConfig.backendEngineer(), HIRE.startDate(), HIRE.zone(), RealConfig.calendars().require("de"))
      .reminders();

  private PlannedReminder reminder(String item, ReminderStage stage, int occurrence) {
    return plan.stream().filter(r -> r.item().key().value().equals(item) && r.stage() == stage
        && r.occurrence() == occurrence).findFirst().orElseThrow();
  }

  private static List<MessageBlock.Button> buttons(ChatMessage message) {
    return message.blocks().stream().filter(MessageBlock.Buttons.class::isInstance)
        .flatMap(block -> ((MessageBlock.Buttons) block).buttons().stream()).toList();
  }

  @Test
  void a_heads_up_mentions_the_manager_names_the_hire_and_says_what_is_due_when() {
    ChatMessage message = messages.managerReminder(HIRE, reminder("review-day-30", ReminderStage.HEADS_UP, 0), TALLY,
        25, Optional.empty());

    assertThat(message.text().plainText()).startsWith("Heads-up @UMGR: 30-Day Review (review) for @UHIRE")
        .contains("is due on Tue 5 Jan");
    assertThat(message.text().spans()).startsWith(new Span.Plain("Heads-up "), MANAGER, new Span.Plain(": "),
        new Span.Plain("30-Day Review"), new Span.Plain(" (review) for "), HIRE_MENTION);
    assertThat(message.blocks().get(0)).isEqualTo(new MessageBlock.Paragraph(Text.builder().plain("Heads-up ")
        .mention(ChatUserId.slack("UMGR")).plain(": ").strong("30-Day Review").plain(" (review) for ")
        .mention(ChatUserId.slack("UHIRE")).plain(" is due on Tue 5 Jan.").build()));
  }

  @Test
  void the_due_reminder_says_today_and_lists_what_the_manager_checks() {
    ChatMessage message = messages.managerReminder(HIRE, reminder("review-day-30", ReminderStage.DUE, 0), TALLY, 30,
        Optional.empty());

    assertThat(message.text().spans()).contains(MANAGER, HIRE_MENTION);
    assertThat(message.text().plainText()).contains("@UMGR", "30-Day Review", "@UHIRE", "is due today (Tue 5 Jan)");
    assertThat(message.blocks()).contains(new MessageBlock.Paragraph(Text.plain("Check: Complete technical setup and access "
        + "provisioning; Understand team structure and key relationships; Familiar with all primary "
        + "responsibilities; Initial capability assessment completed")));
  }

  @Test
  void an_overdue_reminder_counts_its_occurrence_against_the_cap() {
    ChatMessage message = messages.managerReminder(HIRE, reminder("review-day-30", ReminderStage.OVERDUE, 2), TALLY,
        35, Optional.empty());

    assertThat(message.text().plainText()).contains("is overdue since Tue 5 Jan (reminder 2 of 3)");
  }

  @Test
  void progress_shows_done_over_total_the_overdue_count_and_the_programme_day() {
    ChatMessage message = messages.managerReminder(HIRE, reminder("review-day-30", ReminderStage.DUE, 0), TALLY, 30,
        Optional.empty());

    assertThat(message.text().plainText()).contains("Progress: 12/40 done, 3 overdue.");
    assertThat(message.blocks()).contains(new MessageBlock.Context(Text.builder().plain("Progress of ")
        .mention(ChatUserId.slack("UHIRE")).plain(": 12/40 done, 3 overdue · day 30 of the programme").build()));
  }

  @Test
  void a_review_reminder_offers_mark_review_held_for_this_hire_and_item() {
    ChatMessage message = messages.managerReminder(HIRE, reminder("review-day-30", ReminderStage.DUE, 0), TALLY, 30,
        Optional.empty());

    assertThat(buttons(message)).containsExactly(new MessageBlock.Button(ReminderMessages.REVIEW_HELD,
        "Mark review held", ButtonActions.itemValue(HIRE.id(), reminder("review-day-30", ReminderStage.DUE, 0)
            .item().key()), true));
  }

  @Test
  void a_meeting_reminder_offers_mark_met_names_the_role_and_any_staffing_gap() {
    PlannedReminder meeting = reminder("meet-qa-engineer", ReminderStage.DUE, 0);
    String gap = "Nobody is set as QA Engineer for team example: name someone in config/teams/example.yaml.";
    ChatMessage message = messages.managerReminder(HIRE, meeting, TALLY, 5, Optional.of(Text.plain(gap)));

    assertThat(buttons(message)).extracting(MessageBlock.Button::action, MessageBlock.Button::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderMessages.MEETING_MET, "Mark met"));
    assertThat(message.text().spans()).contains(HIRE_MENTION);
    assertThat(message.text().plainText()).contains("(meeting) for @UHIRE", "is due today (Fri 11 Dec)", gap);
    assertThat(message.blocks()).contains(new MessageBlock.Paragraph(Text.builder().symbol(Span.Meaning.WARNING)
        .plain(" ").plain(gap).build()));
    assertThat(message.blocks().toString()).contains("Meet the QA Engineer within week 1");
  }

  @Test
  void an_introduction_names_both_people_the_role_the_date_and_the_topics() {
    PlannedReminder meeting = reminder("meet-frontend-engineer", ReminderStage.DUE, 0);
    TeamMember front = new TeamMember("Frontend Engineer", ChatUserId.slack("U0FRONTEND"), "API contracts");
    ChatMessage message = messages.introduction(HIRE, front, meeting.item(), meeting.dueDate());

    assertThat(message.text().spans()).contains(HIRE_MENTION, new Span.Mention(ChatUserId.slack("U0FRONTEND")));
    assertThat(message.text().plainText()).contains("@UHIRE", "@U0FRONTEND is our Frontend Engineer",
        "Please meet by Fri 11 Dec", "Topics to bring: API contracts", "Afterwards: daily");
    assertThat(buttons(message)).extracting(MessageBlock.Button::action).containsExactly(ReminderMessages.MEETING_MET);
  }
}
