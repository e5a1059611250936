package dev.onboardingbuddy.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.TeamMember;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
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
    private static final Hire HIRE = RealConfig.hire(
            "UHIRE",
            LocalDate.of(2026, 12, 7),
            ZoneId.of("Europe/Berlin"),
            "de",
            Optional.of("example"),
            Optional.empty());
    private static final Tally TALLY = new Tally(12, 40, 3);
    private static final Span MANAGER = new Span.Mention(ChatUserId.slack("UMGR"));
    private static final Span HIRE_MENTION = new Span.Mention(ChatUserId.slack("UHIRE"));
    private final ReminderMessages messages = new ReminderMessages(ReminderPolicy.DEFAULT);
    private final List<PlannedReminder> plan = new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT)
            .plan(
                    RealConfig.backendEngineer(),
                    HIRE.startDate(),
                    HIRE.zone(),
                    RealConfig.calendars().require("de"))
            .reminders();

    private PlannedReminder reminder(String item, ReminderStage stage, int occurrence) {
        return plan.stream()
                .filter(r -> r.item().key().value().equals(item) && r.stage() == stage && r.occurrence() == occurrence)
                .findFirst()
                .orElseThrow();
    }

    private static List<MessageBlock.Button> buttons(ChatMessage message) {
        return message.blocks().stream()
                .filter(MessageBlock.Buttons.class::isInstance)
                .flatMap(block -> ((MessageBlock.Buttons) block).buttons().stream())
                .toList();
    }

    private static ReminderMessages.Listed listed(PlannedReminder reminder) {
        return new ReminderMessages.Listed(
                reminder, reminder.stage() == ReminderStage.OVERDUE ? 1 : 0, Optional.empty());
    }

    private ChatMessage post(int day, LocalDate today, ReminderMessages.Listed... items) {
        return messages.dailyPost(HIRE, List.of(items), TALLY, day, false, today);
    }

    @Test
    void aNormalDaysPostSaysHowManyThingsAreDueForTheHireAndMentionsTheManager() {
        ChatMessage message = post(
                30,
                LocalDate.of(2027, 1, 5),
                listed(reminder("review-day-30", ReminderStage.DUE, 0)),
                listed(reminder("review-week-4", ReminderStage.OVERDUE, 1)));

        assertThat(message.text().plainText()).startsWith("@UMGR: 2 things are due for @UHIRE (1 overdue).");
        assertThat(message.text().spans())
                .startsWith(MANAGER, new Span.Plain(": "), new Span.Plain("2 things are due for "), HIRE_MENTION);
    }

    @Test
    void aHeadsUpLineNamesTheItemAndWhenItIsDue() {
        ChatMessage message =
                post(25, LocalDate.of(2026, 12, 31), listed(reminder("review-day-30", ReminderStage.HEADS_UP, 0)));

        assertThat(message.text().plainText())
                .startsWith("@UMGR: 1 thing is due for @UHIRE.")
                .contains("30-Day Review (review) is due on Tue 5 Jan.");
        assertThat(message.blocks().get(1))
                .isEqualTo(new MessageBlock.Paragraph(Text.builder()
                        .strong("30-Day Review")
                        .plain(" (review)")
                        .plain(" is due on Tue 5 Jan.")
                        .build()));
    }

    @Test
    void theDueLineSaysTodayAndListsWhatTheManagerChecks() {
        ChatMessage message =
                post(30, LocalDate.of(2027, 1, 5), listed(reminder("review-day-30", ReminderStage.DUE, 0)));

        assertThat(message.text().plainText()).contains("30-Day Review (review) is due today (Tue 5 Jan)");
        assertThat(message.blocks())
                .contains(new MessageBlock.Context(Text.plain("Check: Complete technical setup and "
                        + "access provisioning; Understand team structure and key relationships; Familiar with all primary "
                        + "responsibilities; Initial capability assessment completed")));
    }

    @Test
    void aFirstOverdueReminderIsNotNumberedAndALaterOneCountsOnlyWhatTheManagerGot() {
        PlannedReminder third = reminder("review-day-30", ReminderStage.OVERDUE, 3);
        ChatMessage first =
                post(40, LocalDate.of(2027, 1, 12), new ReminderMessages.Listed(third, 1, Optional.empty()));
        ChatMessage second =
                post(40, LocalDate.of(2027, 1, 12), new ReminderMessages.Listed(third, 2, Optional.empty()));

        assertThat(first.text().plainText())
                .contains("is overdue since Tue 5 Jan.")
                .doesNotContain("3 of 3");
        assertThat(second.text().plainText()).contains("is overdue since Tue 5 Jan (overdue reminder 2 of at most 3).");
    }

    @Test
    void aLateEnrolmentsFirstPostSaysOnWhichDayItCameAndHowMuchIsOverdue() {
        ChatMessage message = messages.dailyPost(
                HIRE,
                List.of(
                        listed(reminder("meet-qa-engineer", ReminderStage.OVERDUE, 3)),
                        listed(reminder("review-week-4", ReminderStage.OVERDUE, 3)),
                        listed(reminder("review-day-30", ReminderStage.HEADS_UP, 0))),
                TALLY,
                32,
                true,
                LocalDate.of(2027, 1, 4));

        assertThat(message.text().plainText())
                .startsWith("@UMGR: @UHIRE was enrolled on day 32: 2 things are overdue, 1 more coming up.");
    }

    @Test
    void progressShowsDoneOverTotalTheOverdueCountAndTheProgrammeDay() {
        ChatMessage message =
                post(30, LocalDate.of(2027, 1, 5), listed(reminder("review-day-30", ReminderStage.DUE, 0)));

        assertThat(message.text().plainText()).contains("Progress: 12/40 done, 3 overdue.");
        assertThat(message.blocks())
                .contains(new MessageBlock.Context(Text.builder()
                        .plain("Progress of ")
                        .mention(ChatUserId.slack("UHIRE"))
                        .plain(": 12/40 done, 3 overdue · day 30 of the programme")
                        .build()));
    }

    @Test
    void eachListedItemHasItsOwnButtonForThisHireAndItem() {
        PlannedReminder review = reminder("review-day-30", ReminderStage.DUE, 0);
        PlannedReminder meeting = reminder("meet-qa-engineer", ReminderStage.OVERDUE, 3);
        ChatMessage message = post(30, LocalDate.of(2027, 1, 5), listed(review), listed(meeting));

        assertThat(buttons(message))
                .containsExactly(
                        new MessageBlock.Button(
                                ButtonActions.REVIEW_HELD,
                                "Mark review held",
                                ButtonActions.itemValue(HIRE.id(), review.item().key()),
                                true),
                        new MessageBlock.Button(
                                ButtonActions.MEETING_MET,
                                "Mark met",
                                ButtonActions.itemValue(
                                        HIRE.id(), meeting.item().key()),
                                true));
    }

    @Test
    void aMeetingLineNamesTheRoleAndAnyStaffingGap() {
        PlannedReminder meeting = reminder("meet-qa-engineer", ReminderStage.DUE, 0);
        String gap = "Nobody is set as QA Engineer for team example: name someone in config/teams/example.yaml.";
        ChatMessage message = post(
                5, LocalDate.of(2026, 12, 11), new ReminderMessages.Listed(meeting, 0, Optional.of(Text.plain(gap))));

        assertThat(message.text().spans()).contains(HIRE_MENTION);
        assertThat(message.text().plainText()).contains("(meeting) is due today (Fri 11 Dec)", gap);
        assertThat(message.blocks())
                .contains(new MessageBlock.Paragraph(Text.builder()
                        .symbol(Span.Meaning.WARNING)
                        .plain(" ")
                        .plain(gap)
                        .build()));
        assertThat(message.blocks().toString()).contains("Meet the QA Engineer within week 1");
    }

    @Test
    void anIntroductionNamesBothPeopleTheRoleTheDateAndTheTopics() {
        PlannedReminder meeting = reminder("meet-frontend-engineer", ReminderStage.DUE, 0);
        TeamMember front = new TeamMember("Frontend Engineer", ChatUserId.slack("U0FRONTEND"), "API contracts");
        ChatMessage message = messages.introduction(HIRE, front, meeting.item(), meeting.dueDate());

        assertThat(message.text().spans()).contains(HIRE_MENTION, new Span.Mention(ChatUserId.slack("U0FRONTEND")));
        assertThat(message.text().plainText())
                .contains(
                        "@UHIRE",
                        "@U0FRONTEND is our Frontend Engineer",
                        "Please meet by Fri 11 Dec",
                        "Topics to bring: API contracts",
                        "Afterwards: daily");
        assertThat(buttons(message)).extracting(MessageBlock.Button::action).containsExactly(ButtonActions.MEETING_MET);
    }
}
