package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.conversation.PendingCommands;
import dev.onboardingbuddy.enrollment.AuditTrail;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.ManagerGrants;
import dev.onboardingbuddy.home.HomeViewers;
import dev.onboardingbuddy.msteams.TeamsDirectory;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.reminders.ReminderLedger;
import dev.onboardingbuddy.reminders.ReviewLog;
import dev.onboardingbuddy.reminders.Snoozes;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes pass the same contracts as the JDBI adapters, so tests using them can trust them. */
class InMemoryFakesTest {

    @Nested
    class Hires extends HireRepositoryContract {
        @Override
        protected HireRepository newRepository() {
            return new InMemoryHireRepository();
        }
    }

    @Nested
    class Progress extends ProgressRepositoryContract {
        @Override
        protected ProgressRepository newRepository() {
            return new InMemoryProgressRepository();
        }
    }

    @Nested
    class Outboxes extends OutboxContract {
        @Override
        protected Outbox newOutbox() {
            return new InMemoryOutbox();
        }
    }

    @Nested
    class HeldOutboxes extends OutboxHoldContract {
        @Override
        protected Outbox newOutbox() {
            return new InMemoryOutbox();
        }
    }

    @Nested
    class ClaimedOutboxes extends OutboxClaimContract {
        @Override
        protected Outbox newOutbox() {
            return new InMemoryOutbox();
        }
    }

    @Nested
    class Pending extends PendingCommandsContract {
        @Override
        protected PendingCommands newStore() {
            return new InMemoryPendingCommands();
        }
    }

    @Nested
    class PacedOutboxes extends OutboxPaceContract {
        @Override
        protected Outbox newOutbox() {
            return new InMemoryOutbox();
        }
    }

    @Nested
    class PurgedOutboxes extends OutboxPurgeContract {
        @Override
        protected Outbox newOutbox() {
            return new InMemoryOutbox();
        }
    }

    @Nested
    class FailedOutboxes extends OutboxFailuresContract {
        @Override
        protected Outbox newOutbox() {
            return new InMemoryOutbox();
        }
    }

    @Nested
    class Viewers extends HomeViewersContract {
        @Override
        protected HomeViewers newStore() {
            return new InMemoryHomeViewers();
        }
    }

    @Nested
    class Events extends ProcessedEventsContract {
        @Override
        protected ProcessedEvents newStore() {
            return new InMemoryProcessedEvents();
        }
    }

    @Nested
    class Reviews extends ReviewLogContract {
        @Override
        protected ReviewLog newLog() {
            return new InMemoryReviewLog();
        }
    }

    @Nested
    class RemindersPosted extends ReminderLedgerContract {
        @Override
        protected ReminderLedger newLedger() {
            return new InMemoryReminderLedger();
        }
    }

    @Nested
    class Snoozed extends SnoozesContract {
        @Override
        protected Snoozes newSnoozes() {
            return new InMemorySnoozes();
        }
    }

    @Nested
    class TeamsPeople extends TeamsDirectoryContract {
        @Override
        protected TeamsDirectory newDirectory() {
            return new InMemoryTeamsDirectory();
        }
    }

    @Nested
    class Audit extends AuditTrailContract {
        @Override
        protected AuditTrail newTrail() {
            return new InMemoryAuditTrail();
        }
    }

    @Nested
    class Grants extends ManagerGrantsContract {
        @Override
        protected ManagerGrants newGrants() {
            return new InMemoryManagerGrants();
        }
    }

    @Nested
    class Expected extends ExpectedHiresContract {
        @Override
        protected ExpectedHires newStore() {
            return new InMemoryExpectedHires();
        }
    }
}
