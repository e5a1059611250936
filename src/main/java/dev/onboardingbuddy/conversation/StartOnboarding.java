package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.programme.EnrollNewHire;
import dev.onboardingbuddy.programme.EnrollmentRequest;
import dev.onboardingbuddy.reminders.QueueDueReminders;
import dev.onboardingbuddy.reminders.ReleaseDueItems;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrols a hire and sets their programme going: stores the plan, releases what is already due, queues the manager's
 * due reminders and wakes the dispatcher. Answers in words for the person who asked. Thread-safe.
 *
 * <p>A command is {@linkplain #accept recorded} as pending before it is acknowledged, and forgotten in the
 * enrolment's own transaction, which also releases what is due and queues the reminders: a crash in between leaves it
 * pending, and {@link ResumeStartCommands} finishes it; a failure in any part enrols nobody. Commands acknowledged
 * together are enrolled together ({@link #startTogether}), each undone alone when it fails.
 */
public final class StartOnboarding {
    private static final Logger LOG = LoggerFactory.getLogger(StartOnboarding.class);
    /**
     * How long the worker that acknowledged a command has it to itself before a resumer takes it as abandoned. A group
     * of enrolments takes seconds (platform calls for the time zones of the hires, their managers and teams, then one
     * transaction).
     */
    public static final Duration WORK_CLAIM = Duration.ofMinutes(2);

    private final EnrollNewHire enroll;
    private final ReleaseDueItems release;
    private final QueueDueReminders reminders;
    private final People people;
    private final ZoneId defaultZone;
    private final Runnable wakeDispatcher;
    private final PendingCommands pending;
    private final Transactions transactions;
    private final Clock clock;
    private final CommandTexts texts = new CommandTexts();
    private final RefusalTexts refusals = new RefusalTexts();

    /** @param defaultZone for people whose profile names no zone */
    public StartOnboarding(
            EnrollNewHire enroll,
            ReleaseDueItems release,
            QueueDueReminders reminders,
            People people,
            ZoneId defaultZone,
            Runnable wakeDispatcher,
            PendingCommands pending,
            Transactions transactions,
            Clock clock) {
        this.enroll = enroll;
        this.release = release;
        this.reminders = reminders;
        this.people = people;
        this.defaultZone = defaultZone;
        this.wakeDispatcher = wakeDispatcher;
        this.pending = pending;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Started(Hire hire, int messages, int reminders) {}

    /** Checked before anything slow happens, so that a refusal comes back at once. */
    void checkMayStart(ChatUserId caller, Command.Start start) {
        enroll.checkMayEnrol(caller, start.manager());
    }

    /**
     * Records the command as pending, durably, before it is acknowledged; the caller's worker then calls
     * {@link #start(PendingCommands.Pending)}.
     *
     * @throws RuntimeException when the database failed: nothing was recorded, so nothing may be acknowledged
     */
    PendingCommands.Pending accept(ChatUserId caller, Command.Start start) {
        PendingCommands.Pending command =
                new PendingCommands.Pending(UUID.randomUUID().toString(), caller, start, clock.instant());
        pending.add(command, command.receivedAt().plus(WORK_CLAIM));
        return command;
    }

    /**
     * Enrols as the pending command asks, releases what is due, queues the due reminders and forgets the command, all
     * in one transaction. Never throws: the answer says what happened, since nobody else would hear of it.
     */
    public ChatMessage start(PendingCommands.Pending command) {
        return startTogether(List.of(command)).get(0);
    }

    /**
     * Does for each pending command what {@link #start} does, in one transaction for all of them: one commit, which is
     * what a burst of enrolments queues for on embedded H2. A command that is refused or fails is undone alone (a
     * savepoint) and forgotten; when the transaction as a whole fails, each command is tried again on its own. Never
     * throws.
     *
     * @return the answers, in the order of the commands
     */
    public List<ChatMessage> startTogether(List<PendingCommands.Pending> commands) {
        // the platform calls come first: inside the transaction they would hold its connection and new rows' locks
        List<Optional<ZoneId>> zones = commands.stream().map(this::zoneOfHire).toList();
        List<ChatMessage> answers;
        try {
            answers = transactions.inTransaction(() -> {
                List<ChatMessage> each = new ArrayList<>();
                for (int i = 0; i < commands.size(); i++) {
                    PendingCommands.Pending command = commands.get(i);
                    each.add(zones.get(i).map(zone -> enrolAlone(command, zone)).orElseGet(() -> failed(command)));
                }
                return each;
            });
        } catch (RuntimeException unexpected) {
            if (commands.size() > 1) {
                return commands.stream().map(this::start).toList();
            }
            LOG.error("enrolling {} failed", commands.get(0).command().hire(), unexpected);
            forget(commands.get(0)); // the answer says it failed; trying again later unasked would surprise
            return List.of(ChatMessage.of(
                    texts.enrolmentFailed(commands.get(0).command().hire())));
        }
        wakeDispatcher.run();
        return answers;
    }

    /** The hire's zone, with the profiles their first release and reminders need read; empty when the platform failed. */
    private Optional<ZoneId> zoneOfHire(PendingCommands.Pending command) {
        Command.Start start = command.command();
        try {
            ZoneId zone = start.zone()
                    .or(() -> people.find(start.hire()).flatMap(People.Person::zone))
                    .orElse(defaultZone);
            release.knowZonesBeforeEnrolling(start.manager(), start.team());
            return Optional.of(zone);
        } catch (RuntimeException platformFailed) {
            LOG.error("enrolling {} failed: its profiles could not be read", start.hire(), platformFailed);
            return Optional.empty();
        }
    }

    /** Inside the transaction: enrols in a savepoint, so that a refusal or failure undoes this command only. */
    private ChatMessage enrolAlone(PendingCommands.Pending command, ZoneId zone) {
        try {
            // the answer too: should it fail, this enrolment is undone alone, not the whole group
            return transactions.inSavepoint(() -> enrolled(enrolNow(command, zone)));
        } catch (EnrollmentRefused refused) {
            pending.finish(command.id());
            return ChatMessage.of(texts.refused(refusals.of(refused.reason())));
        } catch (RuntimeException unexpected) {
            LOG.error("enrolling {} failed", command.command().hire(), unexpected);
            return failed(command);
        }
    }

    private ChatMessage enrolled(Started started) {
        Hire hire = started.hire();
        Text answer = texts.enrolled(hire, started.messages(), started.reminders());
        List<Integer> uncovered = enroll.yearsWithoutHolidays(hire);
        return ChatMessage.of(uncovered.isEmpty() ? answer : texts.withCalendarGap(answer, hire, uncovered));
    }

    private ChatMessage failed(PendingCommands.Pending command) {
        pending.finish(command.id()); // the answer says it failed; trying again later unasked would surprise
        return ChatMessage.of(texts.enrolmentFailed(command.command().hire()));
    }

    private Started enrolNow(PendingCommands.Pending command, ZoneId zone) {
        Command.Start start = command.command();
        Hire enrolled = enroll.enroll(new EnrollmentRequest(
                command.caller(),
                start.hire(),
                start.manager(),
                zone,
                start.templateId(),
                start.startDate(),
                start.buddy(),
                start.calendarId(),
                start.team(),
                start.managerChannel()));
        pending.finish(command.id());
        return new Started(enrolled, release.release(enrolled), reminders.queue(enrolled));
    }

    private void forget(PendingCommands.Pending command) {
        try {
            pending.finish(command.id());
        } catch (RuntimeException databaseDown) {
            LOG.warn(
                    "could not forget the pending start command {}; it will be resumed: {}",
                    command.id(),
                    databaseDown.toString());
        }
    }
}
