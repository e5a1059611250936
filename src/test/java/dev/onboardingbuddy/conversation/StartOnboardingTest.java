package dev.onboardingbuddy.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentDefaults;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.enrollment.TeamMember;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiOutbox;
import dev.onboardingbuddy.persistence.JdbiPendingCommands;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.persistence.JdbiReminderLedger;
import dev.onboardingbuddy.persistence.JdbiReviewLog;
import dev.onboardingbuddy.persistence.JdbiTransactions;
import dev.onboardingbuddy.programme.EnrollNewHire;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.reminders.ChecklistMessages;
import dev.onboardingbuddy.reminders.QueueDueReminders;
import dev.onboardingbuddy.reminders.RecipientZones;
import dev.onboardingbuddy.reminders.ReleaseDueItems;
import dev.onboardingbuddy.reminders.ReminderLookahead;
import dev.onboardingbuddy.reminders.ReminderMessages;
import dev.onboardingbuddy.reminders.ReminderRouting;
import dev.onboardingbuddy.reminders.SendWindow;
import dev.onboardingbuddy.testing.AccessPolicies;
import dev.onboardingbuddy.testing.InMemoryAuditTrail;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.testing.RealConfig;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.transactions.Transactions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start command's enrolment, first release, manager reminders and the end of the pending command commit together or
 * not at all, on a real database; the people's profiles are read before that transaction, never inside it.
 */
class StartOnboardingTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final ChatUserId ADMIN = ChatUserId.slack("UADMIN");
    private static final ChatUserId HIRE = ChatUserId.slack("UHIRE");
    private static final ChatUserId MANAGER = ChatUserId.slack("UMGR");
    private static final ChatUserId TEAMMATE = ChatUserId.slack("UMATE");

    @TempDir
    Path directory;

    private final MutableClock clock =
            new MutableClock(MONDAY.atTime(10, 0).atZone(BERLIN).toInstant());
    private Database database;
    private final List<String> profilesRead = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    private final AtomicInteger transactionsBegun = new AtomicInteger();
    private final AtomicBoolean failNextCommit = new AtomicBoolean();

    @AfterEach
    void close() {
        database.close();
    }

    /** A StartOnboarding on an H2 file; {@code outboxOf} may wrap the real outbox. */
    private StartOnboarding startOnboarding(UnaryOperator<Outbox> outboxOf) {
        database = Database.open("jdbc:h2:file:" + directory.resolve("buddy"), "sa", "", 4);
        JdbiTransactions jdbiTransactions = new JdbiTransactions(database.jdbi());
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                boolean outer = !inTransaction.get();
                if (outer) {
                    transactionsBegun.incrementAndGet();
                }
                inTransaction.set(true);
                try {
                    return jdbiTransactions.inTransaction(() -> {
                        T result = work.get();
                        if (outer && failNextCommit.getAndSet(false)) {
                            throw new IllegalStateException("the commit failed");
                        }
                        return result;
                    });
                } finally {
                    if (outer) {
                        inTransaction.set(false);
                    }
                }
            }

            @Override
            public <T> T inSavepoint(Supplier<T> work) {
                return inTransaction(() -> jdbiTransactions.inSavepoint(work));
            }
        };
        People people = person -> {
            profilesRead.add(person.value() + (inTransaction.get() ? " inside a transaction" : ""));
            return Optional.of(new People.Person(person, person.value(), Optional.of(BERLIN), false));
        };
        TeamDirectory teams = new TeamDirectory(List.of(new Team(
                "payments",
                "Payments",
                Optional.empty(),
                List.of(new TeamMember("mentor", TEAMMATE, "payments")),
                List.of(),
                List.of())));
        JdbiHireRepository hires = new JdbiHireRepository(database.jdbi());
        JdbiProgressRepository progress = new JdbiProgressRepository(database.jdbi());
        Outbox outbox = outboxOf.apply(new JdbiOutbox(database));
        HireItemsLoader items = new HireItemsLoader(RealConfig.templates(), progress);
        TimelinePlanner planner = new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT);
        ReminderRouting routing = new ReminderRouting(teams, Map.of(Platform.SLACK, "C0MANAGERS"));
        SendWindow window = new SendWindow(
                new QuietHours(LocalTime.of(8, 0), LocalTime.of(18, 0)),
                RealConfig.calendars(),
                new RecipientZones(people, clock));
        ReminderMessages reminderMessages = new ReminderMessages(ReminderPolicy.DEFAULT);
        EnrollNewHire enroll = new EnrollNewHire(
                RealConfig.templates(),
                RealConfig.calendars(),
                planner,
                hires,
                progress,
                transactions,
                AccessPolicies.adminsOnly(Set.of(ADMIN)),
                new EnrollmentDefaults("backend-engineer", "default"),
                teams,
                new InMemoryAuditTrail(),
                clock);
        ReleaseDueItems release = new ReleaseDueItems(
                hires,
                items,
                progress,
                outbox,
                transactions,
                new ChecklistMessages(),
                routing,
                window,
                reminderMessages,
                clock);
        QueueDueReminders reminders = new QueueDueReminders(
                hires,
                items,
                new JdbiReviewLog(database.jdbi(), database.vendor()),
                planner,
                routing,
                window,
                reminderMessages,
                outbox,
                new JdbiReminderLedger(database.jdbi()),
                transactions,
                new ReminderLookahead(),
                clock);
        return new StartOnboarding(
                enroll,
                release,
                reminders,
                people,
                BERLIN,
                () -> {},
                new JdbiPendingCommands(database),
                transactions,
                clock);
    }

    private static Command.Start start() {
        return start(HIRE);
    }

    private static Command.Start start(ChatUserId hire) {
        return new Command.Start(
                hire,
                MANAGER,
                Optional.empty(),
                Optional.of(MONDAY),
                Optional.empty(),
                Optional.empty(),
                Optional.of("payments"),
                Optional.empty(),
                Optional.empty());
    }

    private int rows(String table) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void theEnrolmentItsFirstReleaseAndTheEndOfThePendingCommandCommitTogether() {
        StartOnboarding starting = startOnboarding(outbox -> outbox);

        ChatMessage answer = starting.start(starting.accept(ADMIN, start()));

        assertThat(answer.text().plainText()).contains("Enrolled");
        assertThat(rows("hires")).isEqualTo(1);
        assertThat(rows("outbox")).as("week 1 and more, released at once").isPositive();
        assertThat(rows("pending_commands")).isZero();
    }

    @Test
    void whenTheReleaseFailsNobodyIsEnrolledNothingIsQueuedAndTheCallerIsToldItFailed() {
        StartOnboarding starting = startOnboarding(outbox -> {
            Outbox failing = spy(outbox);
            doThrow(new IllegalStateException("outbox full")).when(failing).enqueue(any(), any());
            return failing;
        });

        ChatMessage answer = starting.start(starting.accept(ADMIN, start()));

        assertThat(answer.text().plainText()).doesNotContain("Enrolled").contains("UHIRE");
        assertThat(rows("hires")).isZero();
        assertThat(rows("item_states")).isZero();
        assertThat(rows("outbox")).isZero();
        assertThat(rows("pending_commands"))
                .as("forgotten: the answer says it failed")
                .isZero();
    }

    @Test
    void theProfilesTheReleaseAndRemindersNeedAreReadBeforeTheTransactionNotInsideIt() {
        StartOnboarding starting = startOnboarding(outbox -> outbox);

        starting.start(starting.accept(ADMIN, start()));

        assertThat(profilesRead)
                .as("the hire's, their manager's and their team's, each once, none while holding a connection")
                .containsExactlyInAnyOrder("UHIRE", "UMGR", "UMATE");
    }

    @Test
    void commandsStartedTogetherCommitOnceAndARefusedOrFailingOneIsUndoneAlone() {
        ChatUserId failing = ChatUserId.slack("UFAIL");
        StartOnboarding starting = startOnboarding(outbox -> {
            Outbox refusingOne = spy(outbox);
            doThrow(new IllegalStateException("outbox full"))
                    .when(refusingOne)
                    .enqueue(argThat(message -> message.to().equals(new Recipient.DirectMessage(failing))), any());
            return refusingOne;
        });
        List<PendingCommands.Pending> commands = List.of(
                starting.accept(ADMIN, start(HIRE)),
                starting.accept(ADMIN, start(failing)),
                starting.accept(ADMIN, start(HIRE)));
        transactionsBegun.set(0);

        List<ChatMessage> answers = starting.startTogether(commands);

        assertThat(answers)
                .extracting(answer -> answer.text().plainText())
                .satisfiesExactly(
                        enrolled -> assertThat(enrolled).contains("Enrolled"),
                        failed -> assertThat(failed).contains("Something went wrong", "UFAIL"),
                        refused -> assertThat(refused).contains("already enrolled"));
        assertThat(transactionsBegun).as("one commit for the three").hasValue(1);
        assertThat(rows("hires")).isEqualTo(1);
        List<String> hiresWithItems = database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT DISTINCT hire_id FROM item_states")
                        .mapTo(String.class)
                        .list());
        assertThat(hiresWithItems)
                .as("the failed enrolment's items were undone with it")
                .hasSize(1);
        assertThat(rows("pending_commands"))
                .as("each answered, so each forgotten")
                .isZero();
    }

    @Test
    void whenTheSharedTransactionFailsEachCommandIsEnrolledOnItsOwn() {
        StartOnboarding starting = startOnboarding(outbox -> outbox);
        List<PendingCommands.Pending> commands =
                List.of(starting.accept(ADMIN, start(HIRE)), starting.accept(ADMIN, start(ChatUserId.slack("UOTHER"))));
        transactionsBegun.set(0);
        failNextCommit.set(true);

        List<ChatMessage> answers = starting.startTogether(commands);

        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.text().plainText()).contains("Enrolled"));
        assertThat(transactionsBegun).as("the failed one, then one each").hasValue(3);
        assertThat(rows("hires")).isEqualTo(2);
        assertThat(rows("pending_commands")).isZero();
    }
}
