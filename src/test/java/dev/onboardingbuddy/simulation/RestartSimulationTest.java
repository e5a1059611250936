package dev.onboardingbuddy.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiOutbox;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.persistence.JdbiReminderLedger;
import dev.onboardingbuddy.persistence.JdbiReviewLog;
import dev.onboardingbuddy.persistence.JdbiTransactions;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.testing.RealConfig;
import dev.onboardingbuddy.timeline.PlannedReminder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot stops and starts again on the same H2 file: the plan carries on without a duplicate or a gap. */
class RestartSimulationTest {
    private static final Duration HOUR = Duration.ofHours(1);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate START = LocalDate.of(2027, 2, 1);

    @TempDir
    Path directory;

    private final TeamDirectory teams = RealConfig.teams();
    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-29T00:00:00Z"));
    private final RecordingChatGateway gateway = new RecordingChatGateway(clock);
    private Database database;
    private int processes;

    /** A new process on the same database file: new pool, new adapters, new use cases, new dispatcher. */
    private SimulatedBot startProcess() {
        if (database != null) {
            database.close();
        }
        database = Database.open("jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath(), "sa", "", 4);
        SimulatedBot.Ports ports = new SimulatedBot.Ports(
                new JdbiHireRepository(database.jdbi()),
                new JdbiProgressRepository(database.jdbi()),
                new JdbiOutbox(database),
                new JdbiReviewLog(database.jdbi(), database.vendor()),
                new JdbiTransactions(database.jdbi()),
                new JdbiReminderLedger(database.jdbi()));
        return new SimulatedBot(ports, teams, clock, gateway, "node-" + ++processes);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
    }

    private Map<String, Instant> arrived() {
        Map<String, Instant> arrived = new TreeMap<>();
        gateway.sent().forEach(sent -> arrived.put(sent.key(), sent.at()));
        assertThat(gateway.sent()).as("nothing sent twice").hasSameSizeAs(arrived.keySet());
        return arrived;
    }

    @Test
    void aRestartMidPlanSendsNothingTwiceAndMissesNothing() {
        Hire hire = startProcess().enroll("UBERLIN", BERLIN, "default", Optional.of("example"), START);
        startProcess().runUntil(local("2027-03-17T13:00:00"), HOUR); // day 45, then the process stops

        startProcess().runUntil(local("2027-05-20T00:00:00"), HOUR);

        assertThat(arrived()).isEqualTo(new ExpectedMessages().all(hire, teams));
    }

    @Test
    void afterDaysOfDowntimeMissedReleasesComeOnePerSectionAndOnlyTheLatestReminderOccurrence() {
        Hire hire = startProcess().enroll("UBERLIN", BERLIN, "default", Optional.of("example"), START);
        Instant down = local("2027-02-03T12:00:00");
        Instant back = local("2027-02-12T12:00:00");
        startProcess().runUntil(down, HOUR);
        clock.set(back);

        SimulatedBot restarted = startProcess();
        restarted.tick();

        ExpectedMessages expected = new ExpectedMessages();
        List<RecordingChatGateway.Sent> onReturn =
                gateway.sent().stream().filter(sent -> sent.at().equals(back)).toList();
        Set<String> missedSections = expected.timeline(hire).items().stream()
                .filter(item -> item.item().owner().includesHire() && inWindow(item.releaseAt(), down, back))
                .map(item -> item.section().id())
                .collect(Collectors.toSet());
        List<String> releasedSections = onReturn.stream()
                .filter(sent -> sent.key().startsWith("release:"))
                .map(sent -> sent.key().split(":")[2])
                .toList();
        assertThat(missedSections).isNotEmpty();
        assertThat(releasedSections).containsExactlyInAnyOrderElementsOf(missedSections);
        // one post on return, listing only the latest missed occurrence of each review or meeting
        assertThat(onReturn.stream()
                        .filter(sent -> sent.key().startsWith("reminders:"))
                        .map(RecordingChatGateway.Sent::key))
                .containsExactly("reminders:" + hire.id() + ":" + LocalDate.ofInstant(back, BERLIN));
        Set<String> remindedBefore = occurrencesSentUntil(expected, hire, down);
        assertThat(restarted.remindedOf(hire))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(
                                remindedBefore.stream(),
                                latestMissedOccurrences(expected, hire, down, back).values().stream())
                        .toList());

        restarted.runUntil(local("2027-05-20T00:00:00"), HOUR);
        Map<String, Instant> arrived = arrived();
        expected.reminders(hire).forEach((key, at) -> {
            if (at.isAfter(back)) {
                assertThat(arrived).containsEntry(key, at);
            } else if (!at.isAfter(down)) {
                assertThat(arrived).containsEntry(key, at);
            }
        });
        expected.releases(hire).forEach((key, at) -> {
            if (!inWindow(at, down, back)) {
                assertThat(arrived).containsEntry(key, at);
            }
        });
    }

    private static boolean inWindow(Instant at, Instant down, Instant back) {
        return at.isAfter(down) && !at.isAfter(back);
    }

    /** Per review or meeting, the key of its last occurrence due while the bot was down. */
    private static Map<String, String> latestMissedOccurrences(
            ExpectedMessages expected, Hire hire, Instant down, Instant back) {
        Map<String, String> latest = new LinkedHashMap<>();
        expected.timeline(hire).reminders().stream()
                .filter(reminder -> inWindow(reminder.at(), down, back))
                .sorted(Comparator.comparing(PlannedReminder::at))
                .forEach(reminder ->
                        latest.put(reminder.item().key() + ":" + reminder.kind(), reminder.occurrenceKey()));
        return latest;
    }

    /** The occurrence keys of every reminder due before the bot went down (the simulation holds no review). */
    private static Set<String> occurrencesSentUntil(ExpectedMessages expected, Hire hire, Instant down) {
        return expected.timeline(hire).reminders().stream()
                .filter(reminder -> !reminder.at().isAfter(down))
                .map(PlannedReminder::occurrenceKey)
                .collect(Collectors.toSet());
    }
}
