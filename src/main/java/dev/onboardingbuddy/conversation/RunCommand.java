package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.EnrolmentHistory;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.ManageManagers;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.programme.ChangeEnrollment;
import dev.onboardingbuddy.progress.ProgressReport;
import dev.onboardingbuddy.progress.StatusFilter;
import dev.onboardingbuddy.progress.StatusOverview;
import dev.onboardingbuddy.reminders.ReleaseDueItems;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out an onboarding command for whoever typed it, on any platform. What needs only the database is answered
 * at once; enrolling also asks the platform for the hire's time zone, so it is acknowledged first (once recorded as
 * pending, see {@link StartOnboarding}) and answered later, and a resume or move releases what came due after the
 * answer. Thread-safe.
 */
public final class RunCommand {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    private final StartOnboarding start;
    private final StartQueue starts;
    private final ChangeEnrollment change;
    private final ProgressReport report;
    private final ManageManagers managers;
    private final EnrolmentHistory history;
    private final ReleaseDueItems release;
    private final Runnable wakeDispatcher;
    private final Executor background;
    private final CommandTexts texts = new CommandTexts();
    private final StatusTexts status = new StatusTexts();
    private final RefusalTexts refusals = new RefusalTexts();
    private final RoleTexts roles = new RoleTexts();

    private record Asked(ChatUserId caller, StatusFilter filter) {}

    private record Rendered(StatusOverview overview, ChatMessage message) {}

    private static final int MOST_RENDERED_KEPT = 10_000;
    private final Map<Asked, Rendered> renderedAnswers = new ConcurrentHashMap<>();

    /**
     * @param background runs what must not delay the acknowledgement
     * @param wakeDispatcher asks the outbox dispatcher to send now rather than at its next poll
     */
    public RunCommand(
            StartOnboarding start,
            ChangeEnrollment change,
            ProgressReport report,
            ManageManagers managers,
            EnrolmentHistory history,
            ReleaseDueItems release,
            Runnable wakeDispatcher,
            Executor background) {
        this.start = start;
        this.starts = new StartQueue(start, background);
        this.change = change;
        this.report = report;
        this.managers = managers;
        this.history = history;
        this.release = release;
        this.wakeDispatcher = wakeDispatcher;
        this.background = background;
    }

    /**
     * @throws RuntimeException when something unexpected failed, such as the database; nothing was changed
     * @param later receives the answer to the slow part of a command, such as the outcome of an enrolment
     * @return the answer to give at once
     */
    public ChatMessage run(ChatUserId caller, Command command, Consumer<ChatMessage> later) {
        try {
            return ChatMessage.of(answer(caller, command, later));
        } catch (EnrollmentRefused refused) {
            return ChatMessage.of(texts.refused(refusals.of(refused.reason())));
        } catch (IllegalArgumentException refused) {
            // a value the core rejects, such as a calendar removed since enrolment: its message says which
            return ChatMessage.of(texts.refused(Text.plain(String.valueOf(refused.getMessage()))));
        }
    }

    /**
     * The answer {@link #run} would give, when it needs neither the database nor the platform: a {@code status} (not
     * of one person) whose overview a fresh snapshot holds. Never blocks; empty otherwise.
     */
    public Optional<ChatMessage> answerFromSnapshot(ChatUserId caller, Command command) {
        if (command instanceof Command.Status query && query.hire().isEmpty()) {
            return report.freshOverview(caller, query.filter())
                    .map(overview -> rendered(new Asked(caller, query.filter()), overview));
        }
        return Optional.empty();
    }

    /**
     * The answer written from this very snapshot before, or written now: while a snapshot lasts, everyone asking the
     * same gets the same words, and writing them (dates, mentions, one line per hire) was a tenth of such a request's
     * work. The snapshot is compared by identity: a new one, even with equal content, is written anew.
     */
    private ChatMessage rendered(Asked asked, StatusOverview overview) {
        Rendered kept = renderedAnswers.get(asked);
        if (kept != null && kept.overview() == overview) {
            return kept.message();
        }
        ChatMessage message = ChatMessage.of(status.overview(overview, asked.filter()));
        if (renderedAnswers.size() >= MOST_RENDERED_KEPT) {
            renderedAnswers.clear(); // callers and filters come and go with snapshots; start over rather than track use
        }
        renderedAnswers.put(asked, new Rendered(overview, message));
        return message;
    }

    /**
     * What to say when {@link #run} failed unexpectedly. The adapter catches such failures, not this class, because
     * only the adapter can tell a database outage (answered so the platform retries, or with "nothing was changed")
     * from a bug.
     */
    public ChatMessage failed() {
        return ChatMessage.of(texts.failed());
    }

    private Text answer(ChatUserId caller, Command command, Consumer<ChatMessage> later) {
        if (command instanceof Command.Invalid invalid) {
            return texts.invalid(invalid.problem());
        } else if (command instanceof Command.Status query) {
            return query.hire()
                    .map(person -> personStatus(caller, person))
                    .orElseGet(() -> status.overview(report.overview(caller, query.filter()), query.filter()));
        } else if (command instanceof Command.History trail) {
            return roles.history(trail.hire(), history.of(caller, trail.hire()));
        } else if (command instanceof Command.AddManager add) {
            return roles.added(add.person(), managers.add(caller, add.person()));
        } else if (command instanceof Command.RemoveManager remove) {
            return roles.removed(remove.person(), managers.remove(caller, remove.person()));
        } else if (command instanceof Command.ListManagers) {
            return roles.roster(managers.list(caller));
        } else if (command instanceof Command.Pause pause) {
            return texts.paused(change.pause(caller, pause.hire()));
        } else if (command instanceof Command.Resume resume) {
            return texts.resumed(releaseLater(change.resume(caller, resume.hire())));
        } else if (command instanceof Command.Cancel cancel) {
            return texts.cancelled(change.cancel(caller, cancel.hire()));
        } else if (command instanceof Command.Manager handOver) {
            return texts.handedOver(change.handOver(caller, handOver.hire(), handOver.newManager()));
        } else if (command instanceof Command.Move move) {
            return texts.moved(releaseLater(change.move(caller, move.hire(), move.startDate())));
        } else if (command instanceof Command.Start enrol) {
            start.checkMayStart(caller, enrol);
            // Durable before the acknowledgement: if this process dies before the worker is done, it is resumed.
            PendingCommands.Pending pending = start.accept(caller, enrol);
            starts.startSoon(pending, later);
            return texts.enrolling(enrol.hire());
        }
        return CommandTexts.USAGE;
    }

    /**
     * {@code status @person}: the hire in detail, or else the hires that person manages; the refusal is the same as for
     * a hire the caller may not see, so it tells nothing about the person.
     */
    private Text personStatus(ChatUserId caller, ChatUserId person) {
        try {
            return status.detail(report.detail(caller, person));
        } catch (EnrollmentRefused refused) {
            StatusFilter managed = StatusFilter.NONE.managedBy(person);
            StatusOverview overview = report.overview(caller, managed);
            if (overview.hires() == 0) {
                throw refused;
            }
            return status.overview(overview, managed);
        }
    }

    private Hire releaseLater(Hire hire) {
        background.execute(() -> {
            try {
                release.release(hire);
                wakeDispatcher.run();
            } catch (RuntimeException e) {
                LOG.error("releasing the items of hire {} after a change failed", hire.id(), e);
            }
        });
        return hire;
    }
}
