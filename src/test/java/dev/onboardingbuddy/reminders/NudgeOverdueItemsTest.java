package dev.onboardingbuddy.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.ItemPlans;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.testing.InMemoryHireRepository;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import dev.onboardingbuddy.testing.InMemoryProgressRepository;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NudgeOverdueItemsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final ChecklistTemplate TEMPLATE = new ChecklistFiles()
            .load(Path.of("config/checklists/backend-engineer.yaml"))
            .orElseThrow();

    private final MutableClock clock =
            new MutableClock(MONDAY.atTime(9, 30).atZone(BERLIN).toInstant());
    private final InMemoryHireRepository hires = new InMemoryHireRepository();
    private final InMemoryProgressRepository progress = new InMemoryProgressRepository();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final Map<ItemKey, Instant> snoozed = new HashMap<>();
    private final Snoozes snoozes = new Snoozes() {
        @Override
        public void snooze(HireId hire, ItemKey item, Instant until) {
            snoozed.put(item, until);
        }

        @Override
        public Map<ItemKey, Instant> of(HireId hire) {
            return Map.copyOf(snoozed);
        }
    };
    private NudgeOverdueItems nudges;
    private Hire hire;

    @BeforeEach
    void enrolAndReleaseWeekOne() {
        hire = Hires.anActiveHire()
                .on(TEMPLATE.id(), 1)
                .startingOn(MONDAY)
                .in(BERLIN)
                .enrolledAt(clock.instant())
                .build();
        planAndReleaseWhatIsDue(hire, MONDAY);
        SendWindow window = new SendWindow(
                new QuietHours(LocalTime.of(8, 0), LocalTime.of(18, 0)),
                CalendarCatalog.defaultOnly(),
                RecipientZones.none());
        nudges = new NudgeOverdueItems(
                hires,
                progress,
                new HireItemsLoader(new TemplateCatalog(List.of(TEMPLATE)), progress),
                snoozes,
                window,
                outbox,
                LocalTime.of(9, 0),
                clock);
    }

    private void planAndReleaseWhatIsDue(Hire enrolled, LocalDate start) {
        hires.add(enrolled);
        progress.addPlan(ItemPlans.of(
                enrolled.id(),
                new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT)
                        .plan(TEMPLATE, start, BERLIN, WorkingCalendar.mondayToFriday())));
        progress.markReleased(
                enrolled.id(),
                progress.itemsOf(enrolled.id()).stream()
                        .filter(state -> !state.releaseAt().isAfter(clock.instant()))
                        .map(state -> state.itemKey())
                        .toList(),
                clock.instant());
    }

    private List<OutboxEntry> claimAll() {
        return outbox.claimDue(clock.instant().plus(Duration.ofDays(30)), 100, "test", Duration.ofMinutes(1));
    }

    @Test
    void nothingIsNudgedBeforeAnItemIsOverdue() {
        assertThat(nudges.nudgeAll()).isZero();
    }

    @Test
    void theOverdueWeekOneItemsComeInOneDigestAWorkingDayWithDoneAndSnooze() {
        clock.set(LocalDate.of(2026, 12, 14).atTime(9, 0).atZone(BERLIN).toInstant()); // the next Monday

        assertThat(nudges.nudgeAll()).isEqualTo(1);
        assertThat(nudges.nudgeAll()).isZero();
        clock.advance(Duration.ofHours(5));
        assertThat(nudges.nudgeAll()).as("still the same day").isZero();

        ChatMessage digest = claimAll().get(0).message().content();
        // week 1 (10 items) and the two meetings due within week 1
        assertThat(digest.text().plainText())
                .startsWith("12 items are overdue.")
                .contains("1. Complete IT setup");
        assertThat(digest.blocks())
                .contains(new MessageBlock.Paragraph(Text.builder()
                        .plain("12 items are overdue. " + "Done already? Press ")
                        .strong("Done")
                        .plain(". Need more time? Snooze it.")
                        .build()));
        assertThat(digest.blocks())
                .contains(new MessageBlock.Context(Text.builder()
                        .plain("…and 2 more: reply ")
                        .code("list")
                        .plain(".")
                        .build()));
        assertThat(digest.blocks())
                .filteredOn(MessageBlock.Buttons.class::isInstance)
                .hasSize(10)
                .allSatisfy(block -> assertThat(((MessageBlock.Buttons) block).buttons())
                        .extracting(MessageBlock.Button::label)
                        .containsExactly("Snooze 1 day", "Snooze 3 days", "Snooze 7 days"));
    }

    @Test
    void weekendsAndEarlyMorningsGetNoNudge() {
        clock.set(LocalDate.of(2026, 12, 12).atTime(10, 0).atZone(BERLIN).toInstant()); // Saturday
        assertThat(nudges.nudgeAll()).isZero();
        clock.set(LocalDate.of(2026, 12, 14).atTime(7, 0).atZone(BERLIN).toInstant()); // Monday, before the send time
        assertThat(nudges.nudgeAll()).isZero();
    }

    @Test
    void noDigestIsQueuedOutsideTheAllowedHoursSoTwoNeverArriveOnOneMorning() {
        clock.set(LocalDate.of(2026, 12, 14).atTime(19, 0).atZone(BERLIN).toInstant()); // Monday evening
        assertThat(nudges.nudgeAll()).isZero();
        clock.set(LocalDate.of(2026, 12, 15).atTime(9, 0).atZone(BERLIN).toInstant());
        assertThat(nudges.nudgeAll()).isEqualTo(1);
    }

    @Test
    void aHireWhoseChecklistFileIsGoneIsSkippedAndTheOthersAreNudged() {
        Hire orphan = Hires.anActiveHire()
                .user("UORPHAN")
                .on("removed-role")
                .startingOn(MONDAY)
                .in(BERLIN)
                .enrolledAt(clock.instant().minusSeconds(60))
                .build();
        hires.add(orphan);
        clock.set(LocalDate.of(2026, 12, 14).atTime(9, 0).atZone(BERLIN).toInstant());

        assertThat(nudges.nudgeAll()).isEqualTo(1);
        assertThat(claimAll())
                .extracting(entry -> entry.message().to())
                .containsExactly(new Recipient.DirectMessage(ChatUserId.slack("UHIRE")));
    }

    @Test
    void aHireWithNothingOverdueOrDigestedTodayIsLeftOutBeforeTheirItemsAreLoaded() {
        Hire onTime = Hires.anActiveHire()
                .user("UONTIME")
                .on(TEMPLATE.id(), 1)
                .startingOn(LocalDate.of(2026, 12, 14))
                .in(BERLIN)
                .enrolledAt(clock.instant())
                .build();
        planAndReleaseWhatIsDue(onTime, LocalDate.of(2026, 12, 14));
        clock.set(LocalDate.of(2026, 12, 14).atTime(9, 0).atZone(BERLIN).toInstant());
        ProgressRepository watched = spy(progress);
        NudgeOverdueItems watching = new NudgeOverdueItems(
                hires,
                watched,
                new HireItemsLoader(new TemplateCatalog(List.of(TEMPLATE)), watched),
                snoozes,
                new SendWindow(
                        new QuietHours(LocalTime.of(8, 0), LocalTime.of(18, 0)),
                        CalendarCatalog.defaultOnly(),
                        RecipientZones.none()),
                outbox,
                LocalTime.of(9, 0),
                clock);

        assertThat(watching.nudgeAll())
                .as("the hire with last week's items overdue")
                .isEqualTo(1);
        clock.advance(Duration.ofMinutes(15));
        assertThat(watching.nudgeAll()).as("digested today already").isZero();
        verify(watched, never()).itemsOf(onTime.id());
        verify(watched, times(1).description("today's digest is queued: not loaded again"))
                .itemsOf(hire.id());
    }

    @Test
    void aSnoozedItemStaysOutOfTheDigestUntilItsSnoozeEnds() {
        clock.set(LocalDate.of(2026, 12, 14).atTime(9, 0).atZone(BERLIN).toInstant());
        progress.itemsOf(hire.id()).stream()
                .filter(state -> state.isReleased())
                .forEach(state -> snoozes.snooze(
                        hire.id(), state.itemKey(), clock.instant().plus(Duration.ofDays(3))));

        assertThat(nudges.nudgeAll()).isZero();
        clock.advance(Duration.ofDays(3));
        assertThat(nudges.nudgeAll()).isEqualTo(1);
    }

    @Test
    void itemsCaughtUpTodayAreNotNudgedUntilTheNextWorkingDay() {
        Hire late = Hires.anActiveHire()
                .user("ULATE")
                .on(TEMPLATE.id(), 1)
                .startingOn(LocalDate.of(2026, 11, 2))
                .in(BERLIN)
                .enrolledAt(clock.instant())
                .build();
        // the catch-up at enrolment: five weeks of items, most of them overdue, released this morning
        planAndReleaseWhatIsDue(late, LocalDate.of(2026, 11, 2));

        clock.advance(Duration.ofHours(2));
        assertThat(nudges.nudge(late)).as("the same day as the catch-up").isZero();
        clock.set(LocalDate.of(2026, 12, 8).atTime(9, 0).atZone(BERLIN).toInstant());
        assertThat(nudges.nudge(late)).as("the next working day").isEqualTo(1);
    }

    @Test
    void aSnoozeValueCarriesTheItemAndOneOfThreeLengths() {
        ButtonActions.Snooze snooze = ButtonActions.parseSnooze("h-1|it-setup|3");
        assertThat(snooze.days()).isEqualTo(3);
        assertThat(snooze.item().item()).isEqualTo(new ItemKey("it-setup"));
        assertThatThrownBy(() -> ButtonActions.parseSnooze("h-1|it-setup|2")).hasMessageContaining("1, 3 or 7");
        assertThatThrownBy(() -> ButtonActions.parseSnooze("garbage")).hasMessageContaining("not a snooze value");
    }
}
