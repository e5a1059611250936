package dev.onboardingbuddy.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.ItemPlans;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.testing.DirectTransactions;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.testing.InMemoryHireRepository;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import dev.onboardingbuddy.testing.InMemoryProgressRepository;
import dev.onboardingbuddy.testing.InMemoryReminderLedger;
import dev.onboardingbuddy.testing.InMemoryReviewLog;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manager's reminders queued for one hire, as an enrolment asks for them. */
class QueueDueRemindersTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final ChecklistTemplate TEMPLATE = new ChecklistFiles()
            .load(Path.of("config/checklists/backend-engineer.yaml"))
            .orElseThrow();
    private static final TimelinePlanner PLANNER = new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT);

    private final MutableClock clock =
            new MutableClock(MONDAY.atTime(9, 30).atZone(BERLIN).toInstant());
    private final InMemoryHireRepository hires = new InMemoryHireRepository();
    private final ProgressRepository progress = spy(new InMemoryProgressRepository());
    private final ReminderLedger ledger = spy(new InMemoryReminderLedger());
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final QueueDueReminders reminders = new QueueDueReminders(
            hires,
            new HireItemsLoader(new TemplateCatalog(List.of(TEMPLATE)), progress),
            new InMemoryReviewLog(),
            PLANNER,
            new ReminderRouting(TeamDirectory.empty(), Map.of(Platform.SLACK, "C0MANAGERS")),
            new SendWindow(
                    new QuietHours(LocalTime.of(8, 0), LocalTime.of(18, 0)),
                    CalendarCatalog.defaultOnly(),
                    RecipientZones.none()),
            new ReminderMessages(ReminderPolicy.DEFAULT),
            outbox,
            ledger,
            new DirectTransactions(),
            new ReminderLookahead(),
            clock);

    private Hire enrolledToday(LocalDate start) {
        Hire hire = Hires.anActiveHire()
                .on(TEMPLATE.id(), 1)
                .startingOn(start)
                .in(BERLIN)
                .enrolledAt(clock.instant())
                .build();
        hires.add(hire);
        progress.addPlan(
                ItemPlans.of(hire.id(), PLANNER.plan(TEMPLATE, start, BERLIN, WorkingCalendar.mondayToFriday())));
        return hire;
    }

    @Test
    void aHireEnrolledBeforeTheirFirstReviewOrMeetingGetsNoPostAndTheirItemsAreNotRead() {
        Hire hire = enrolledToday(MONDAY); // the first heads-up comes on Wednesday

        assertThat(reminders.queue(hire)).isZero();

        assertThat(outbox.claimDue(clock.instant().plus(Duration.ofDays(1)), 10, "test", Duration.ofMinutes(1)))
                .isEmpty();
        verify(progress, never()).itemsOf(any(HireId.class));
        verify(ledger, never()).posted(any(HireId.class));
    }

    @Test
    void aHireEnrolledLateHasTheRemindersAlreadyReachedPostedAtOnce() {
        Hire hire = enrolledToday(MONDAY.minusWeeks(2));

        assertThat(reminders.queue(hire)).isEqualTo(1);

        List<OutboxEntry> posted =
                outbox.claimDue(clock.instant().plus(Duration.ofDays(1)), 10, "test", Duration.ofMinutes(1));
        assertThat(posted).singleElement().satisfies(post -> {
            assertThat(post.message().idempotencyKey()).startsWith("reminders:" + hire.id());
            assertThat(post.message().content().text().plainText()).contains("Week 1 Notes");
        });
        assertThat(reminders.queue(hire)).as("posted once").isZero();
    }
}
