package dev.onboardingbuddy.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.notification.Priority;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.reminders.ReminderLedger;
import dev.onboardingbuddy.testing.DirectTransactions;
import dev.onboardingbuddy.testing.InMemoryHireRepository;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import dev.onboardingbuddy.testing.InMemoryProgressRepository;
import dev.onboardingbuddy.testing.InMemoryReminderLedger;
import dev.onboardingbuddy.testing.InMemoryReviewLog;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.testing.RealConfig;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A hire's whole 90 days (and the overdue reminders after) in seconds, every half hour of it, on in-memory ports. */
class NinetyDaysSimulationTest {
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private final TeamDirectory teams = RealConfig.teams();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T00:00:00Z"));
    private final RecordingChatGateway gateway = new RecordingChatGateway(clock);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final SimulatedBot bot = new SimulatedBot(
            new SimulatedBot.Ports(
                    new InMemoryHireRepository(),
                    new InMemoryProgressRepository(),
                    outbox,
                    new InMemoryReviewLog(),
                    new DirectTransactions(),
                    new InMemoryReminderLedger()),
            teams,
            clock,
            gateway,
            "node-1");

    private List<RecordingChatGateway.Sent> sentFor(Hire hire) {
        return gateway.sent().stream()
                .filter(sent -> sent.key().contains(hire.id().value()))
                .toList();
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    /** Each expected message arrived once, at its planned instant, and nothing else did. */
    private void assertSentExactly(Hire hire, Map<String, Instant> expected) {
        List<RecordingChatGateway.Sent> sent = sentFor(hire);
        Map<String, Instant> arrived = new TreeMap<>();
        sent.forEach(message -> arrived.put(message.key(), message.at()));
        assertThat(sent).as("nothing sent twice").hasSameSizeAs(arrived.keySet());
        assertThat(arrived).isEqualTo(expected);
    }

    /** Everything unprompted reached people at 09:00 local on a working day of their calendar. */
    private void assertNineLocalOnWorkingDays(Hire hire) {
        WorkingCalendar calendar = SimulatedBot.CALENDARS.require(hire.calendarId());
        for (RecordingChatGateway.Sent sent : sentFor(hire)) {
            LocalDateTime local = LocalDateTime.ofInstant(sent.at(), hire.zone());
            assertThat(local.toLocalTime()).as(sent.key()).isEqualTo(LocalTime.of(9, 0));
            assertThat(calendar.isWorkingDay(local.toLocalDate()))
                    .as(sent.key() + " on " + local)
                    .isTrue();
        }
    }

    @Test
    void threeHiresInThreeZonesEachGetEveryReleaseAndReminderOnceAtNineLocal() {
        Hire tokyo = bot.enroll("UTOKYO", TOKYO, "default", Optional.of("example"), MONDAY);
        Hire berlin = bot.enroll("UBERLIN", BERLIN, "de", Optional.of("example"), MONDAY);
        Hire angeles = bot.enroll("UANGELES", LOS_ANGELES, "us", Optional.empty(), MONDAY);

        bot.runUntil(local("2027-03-25T00:00:00", BERLIN), HALF_HOUR);

        ExpectedMessages expected = new ExpectedMessages();
        for (Hire hire : List.of(tokyo, berlin, angeles)) {
            assertSentExactly(hire, expected.all(hire, teams));
            assertNineLocalOnWorkingDays(hire);
        }
        assertThat(sentFor(tokyo).get(0).at()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(sentFor(berlin).get(0).at()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(sentFor(angeles).get(0).at()).isEqualTo(Instant.parse("2026-12-07T17:00:00Z"));
    }

    @Test
    void ofTheSectionsReleasedAtOnceOnlyTheFirstIsQueuedAsARelease() {
        Hire berlin = bot.enroll("UBERLIN", BERLIN, "de", Optional.empty(), MONDAY);

        bot.runUntil(local("2026-12-07T10:00:00", BERLIN), HALF_HOUR);

        List<String> releases = sentFor(berlin).stream()
                .map(RecordingChatGateway.Sent::key)
                .filter(key -> key.startsWith("release:"))
                .toList();
        assertThat(releases).as("the first day releases more than one section").hasSizeGreaterThan(1);
        assertThat(releases)
                .extracting(key -> outbox.find(key).orElseThrow().message().priority())
                .as("so that, when many hires start together, everyone's first comes before anyone's second")
                .first()
                .isEqualTo(Priority.RELEASE);
        assertThat(releases.subList(1, releases.size()))
                .extracting(key -> outbox.find(key).orElseThrow().message().priority())
                .containsOnly(Priority.FOLLOW_UP);
    }

    @Test
    void christmasInBerlinMovesMessagesToTheNextWorkingDayAndSendsNoneOnTheHolidays() {
        Hire berlin = bot.enroll("UBERLIN", BERLIN, "de", Optional.empty(), MONDAY);

        bot.runUntil(local("2027-01-08T00:00:00", BERLIN), HALF_HOUR);

        List<LocalDate> days = sentFor(berlin).stream()
                .map(sent -> LocalDate.ofInstant(sent.at(), BERLIN))
                .toList();
        assertThat(days)
                .doesNotContain(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1));
        // the Data Engineer meeting (due Fri 18 Dec) is overdue every 2 working days: 22, 24, then (25 and 26 off) 29
        // Dec
        assertThat(sentFor(berlin).stream()
                        .filter(
                                sent -> sent.key().startsWith("reminders:")
                                        && sent.text()
                                                .contains(
                                                        "Meet the Data Engineer (Collaborates with) (meeting) is overdue since Fri 18 Dec (overdue reminder 3 of at most 3)"))
                        .map(RecordingChatGateway.Sent::at))
                .containsExactly(local("2026-12-29T09:00:00", BERLIN));
    }

    @Test
    void aDstSwitchInsideThePlanKeepsNineLocal() {
        clock.set(Instant.parse("2027-02-12T00:00:00Z"));
        Hire berlin = bot.enroll("UBERLIN", BERLIN, "de", Optional.empty(), LocalDate.of(2027, 2, 15));
        Hire angeles = bot.enroll("UANGELES", LOS_ANGELES, "us", Optional.empty(), LocalDate.of(2027, 2, 15));

        bot.runUntil(Instant.parse("2027-06-01T00:00:00Z"), HALF_HOUR);

        ExpectedMessages expected = new ExpectedMessages();
        for (Hire hire : List.of(berlin, angeles)) {
            assertSentExactly(hire, expected.all(hire, teams));
            assertNineLocalOnWorkingDays(hire);
        }
        assertThat(sentFor(berlin).stream()
                        .map(sent -> sent.at().atZone(ZoneOffset.UTC).getHour())
                        .distinct())
                .containsExactlyInAnyOrder(8, 7);
        assertThat(sentFor(angeles).stream()
                        .map(sent -> sent.at().atZone(ZoneOffset.UTC).getHour())
                        .distinct())
                .containsExactlyInAnyOrder(17, 16);
    }

    @Test
    void aReviewRecordedHeldAndAMeetingMarkedMetGetNoFurtherReminders() {
        Hire berlin = bot.enroll("UBERLIN", BERLIN, "de", Optional.of("example"), MONDAY);

        Instant heldAt = local("2027-01-05T10:00:00", BERLIN); // the 30-day review's due day, after its reminder
        Instant metAt = local("2026-12-16T12:00:00", BERLIN); // after the Data Engineer heads-up (Wed 16 Dec)
        bot.runUntil(metAt, HALF_HOUR);
        assertThat(bot.meetingMet(berlin, "meet-data-engineer", "U0DATAENG")).isTrue();
        bot.runUntil(heldAt, HALF_HOUR);
        assertThat(bot.reviewHeld(berlin, "review-day-30", "Settled in well; pair on the billing service next."))
                .isTrue();
        assertThat(bot.reviewHeld(berlin, "review-day-30", "a second click")).isFalse();
        bot.runUntil(local("2027-03-25T00:00:00", BERLIN), HALF_HOUR);

        assertSentExactly(
                berlin,
                new ExpectedMessages()
                        .stopped("meet-data-engineer", "meeting", metAt)
                        .stopped("review-day-30", "review", heldAt)
                        .all(berlin, teams));
        assertThat(bot.remindedOf(berlin))
                .contains("review-day-30:review:2027-01-05:due", "meet-data-engineer:meeting:2026-12-18:heads_up")
                .doesNotContain(
                        "review-day-30:review:2027-01-05:overdue-1", "meet-data-engineer:meeting:2026-12-18:due");
    }

    @Test
    void introductionsGoToAGroupOfHireAndCounterpartAndAnUnfilledRoleIsNamedToTheManager() {
        Hire berlin = bot.enroll("UBERLIN", BERLIN, "de", Optional.of("example"), MONDAY);

        bot.runUntil(local("2026-12-12T00:00:00", BERLIN), HALF_HOUR);

        RecordingChatGateway.Sent intro = sentFor(berlin).stream()
                .filter(sent -> sent.key().endsWith(":meet-frontend-engineer")
                        && sent.key().startsWith("intro:"))
                .findFirst()
                .orElseThrow();
        assertThat(intro.message().to())
                .isEqualTo(new Recipient.Group(List.of(ChatUserId.slack("UBERLIN"), ChatUserId.slack("U0FRONTEND"))));
        assertThat(intro.text()).contains("@U0FRONTEND is our Frontend Engineer");
        assertThat(intro.spans()).contains(new Span.Mention(ChatUserId.slack("U0FRONTEND")));
        assertThat(sentFor(berlin)).noneMatch(sent -> sent.key().equals("intro:" + berlin.id() + ":meet-qa-engineer"));
        assertThat(bot.remindedOf(berlin))
                .anyMatch(key -> key.matches("meet-qa-engineer:meeting:\\d{4}-\\d{2}-\\d{2}:due"));
        RecordingChatGateway.Sent qaDue = sentFor(berlin).stream()
                .filter(sent -> sent.key().startsWith("reminders:")
                        && sent.text().contains("Meet the QA Engineer")
                        && sent.text().contains("due today"))
                .findFirst()
                .orElseThrow();
        assertThat(qaDue.message().to()).isEqualTo(new Recipient.Channel(Platform.SLACK, SimulatedBot.DEFAULT_CHANNEL));
        assertThat(qaDue.text()).contains("@UMGR", "@UBERLIN", "Nobody is set as QA Engineer for team example");
        assertThat(qaDue.spans())
                .contains(new Span.Mention(ChatUserId.slack("UMGR")), new Span.Mention(ChatUserId.slack("UBERLIN")));
        assertThat(sentFor(berlin).stream().filter(sent -> sent.key().startsWith("release:")))
                .allMatch(sent -> sent.message().to().equals(new Recipient.DirectMessage(ChatUserId.slack("UBERLIN"))));
    }

    @Test
    void theEveryMinuteRunLooksAtAHireAgainOnlyWhenSomethingMayHaveFallenDue() {
        AtomicInteger looks = new AtomicInteger();
        InMemoryReminderLedger ledger = new InMemoryReminderLedger();
        ReminderLedger counting = new ReminderLedger() {
            @Override
            public Set<String> posted(HireId hire) {
                looks.incrementAndGet();
                return ledger.posted(hire);
            }

            @Override
            public void record(HireId hire, Collection<String> occurrenceKeys, String postKey, Instant at) {
                ledger.record(hire, occurrenceKeys, postKey, at);
            }
        };
        SimulatedBot watched = new SimulatedBot(
                new SimulatedBot.Ports(
                        new InMemoryHireRepository(),
                        new InMemoryProgressRepository(),
                        new InMemoryOutbox(),
                        new InMemoryReviewLog(),
                        new DirectTransactions(),
                        counting),
                teams,
                clock,
                new RecordingChatGateway(clock),
                "node-1");
        watched.enroll("UBERLIN", BERLIN, "de", Optional.empty(), MONDAY);
        watched.runUntil(local("2026-12-07T10:00:00", BERLIN), Duration.ofMinutes(5));
        looks.set(0);

        // the first reminders (heads-ups) come on Wednesday at 09:00: until then there is nothing posted to look up
        watched.runUntil(local("2026-12-07T17:00:00", BERLIN), Duration.ofMinutes(5));
        assertThat(looks).as("nothing reached yet, nothing read").hasValue(0);

        watched.runUntil(local("2026-12-09T10:00:00", BERLIN), Duration.ofMinutes(5));
        looks.set(0);
        // nothing else falls due on Wednesday after its heads-ups: a run every 5 minutes until 17:00 (84 runs)
        watched.runUntil(local("2026-12-09T17:00:00", BERLIN), Duration.ofMinutes(5));

        assertThat(looks)
                .as("looked again only when the remembered quiet ran out, every 15 minutes")
                .hasValue(28);
    }
}
