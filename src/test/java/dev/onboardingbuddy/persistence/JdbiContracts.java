package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.conversation.PendingCommands;
import dev.onboardingbuddy.enrollment.AuditTrail;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.ManagerGrants;
import dev.onboardingbuddy.home.HomeViewers;
import dev.onboardingbuddy.hrapi.ApiKeys;
import dev.onboardingbuddy.hrapi.IdempotencyRecords;
import dev.onboardingbuddy.hrapi.JdbiApiKeys;
import dev.onboardingbuddy.hrapi.JdbiIdempotencyRecords;
import dev.onboardingbuddy.msteams.JdbiTeamsDirectory;
import dev.onboardingbuddy.msteams.TeamsDirectory;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.reminders.ReminderLedger;
import dev.onboardingbuddy.reminders.ReviewLog;
import dev.onboardingbuddy.reminders.Snoozes;
import dev.onboardingbuddy.testing.ApiKeysContract;
import dev.onboardingbuddy.testing.AuditTrailContract;
import dev.onboardingbuddy.testing.ExpectedHiresContract;
import dev.onboardingbuddy.testing.HireRepositoryContract;
import dev.onboardingbuddy.testing.HomeViewersContract;
import dev.onboardingbuddy.testing.IdempotencyRecordsContract;
import dev.onboardingbuddy.testing.ManagerGrantsContract;
import dev.onboardingbuddy.testing.OutboxClaimContract;
import dev.onboardingbuddy.testing.OutboxContract;
import dev.onboardingbuddy.testing.OutboxFailuresContract;
import dev.onboardingbuddy.testing.OutboxHoldContract;
import dev.onboardingbuddy.testing.OutboxPaceContract;
import dev.onboardingbuddy.testing.OutboxPurgeContract;
import dev.onboardingbuddy.testing.PendingCommandsContract;
import dev.onboardingbuddy.testing.ProcessedEventsContract;
import dev.onboardingbuddy.testing.ProgressRepositoryContract;
import dev.onboardingbuddy.testing.ReminderLedgerContract;
import dev.onboardingbuddy.testing.ReviewLogContract;
import dev.onboardingbuddy.testing.SnoozesContract;
import dev.onboardingbuddy.testing.TeamsDirectoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every JDBI adapter bound to its port contract once; {@link H2ContractsTest} and {@link PostgresContractsTest} run
 * them on their database, each test on a fresh one migrated by the real migrations. JUnit runs the nested classes of
 * this base for each subclass.
 */
abstract class JdbiContracts {
    Database database;

    /** A fresh, migrated database for one test. */
    protected abstract Database openDatabase();

    /** Called after the database was closed. */
    protected void dropDatabase() {}

    @BeforeEach
    void open() {
        database = openDatabase();
    }

    @AfterEach
    void close() {
        database.close();
        dropDatabase();
    }

    @Nested
    class Savepoints {
        @Test
        void aStatementThatFailsInASavepointIsUndoneAloneAndTheTransactionCommitsTheRest() {
            JdbiTransactions transactions = new JdbiTransactions(database.jdbi());
            JdbiHireRepository hires = new JdbiHireRepository(database.jdbi());
            Hire first =
                    dev.onboardingbuddy.testing.Hires.anActiveHire().user("U1").build();
            Hire second =
                    dev.onboardingbuddy.testing.Hires.anActiveHire().user("U2").build();

            transactions.run(() -> {
                hires.add(first);
                // the same id again: a primary-key violation, which aborts a PostgreSQL transaction but for the
                // savepoint
                assertThatThrownBy(() -> transactions.inSavepoint(() -> {
                            hires.add(dev.onboardingbuddy.testing.Hires.anActiveHire()
                                    .withId(first.id())
                                    .user("U3")
                                    .build());
                            return null;
                        }))
                        .isInstanceOf(RuntimeException.class);
                hires.add(second);
            });

            assertThat(hires.findOpen()).extracting(Hire::user).containsExactlyInAnyOrder(first.user(), second.user());
        }
    }

    @Nested
    class Hires extends HireRepositoryContract {
        @Override
        protected HireRepository newRepository() {
            return new JdbiHireRepository(database.jdbi());
        }
    }

    @Nested
    class Progress extends ProgressRepositoryContract {
        @Override
        protected ProgressRepository newRepository() {
            return new JdbiProgressRepository(database.jdbi());
        }

        @Override
        protected void givenHire(HireId id) {
            TestDatabases.givenHire(database, id);
        }

        @Override
        protected void givenClosed(HireId id) {
            database.jdbi()
                    .useHandle(handle -> handle.createUpdate(
                                    "UPDATE hires SET status = 'COMPLETED', open_user_id = NULL WHERE id = :id")
                            .bind("id", id.value())
                            .execute());
        }
    }

    @Nested
    class Outboxes extends OutboxContract {
        @Override
        protected Outbox newOutbox() {
            return new JdbiOutbox(database);
        }
    }

    @Nested
    class HeldOutboxes extends OutboxHoldContract {
        @Override
        protected Outbox newOutbox() {
            return new JdbiOutbox(database);
        }
    }

    @Nested
    class ClaimedOutboxes extends OutboxClaimContract {
        @Override
        protected Outbox newOutbox() {
            return new JdbiOutbox(database);
        }
    }

    @Nested
    class Pending extends PendingCommandsContract {
        @Override
        protected PendingCommands newStore() {
            return new JdbiPendingCommands(database);
        }
    }

    @Nested
    class PacedOutboxes extends OutboxPaceContract {
        @Override
        protected Outbox newOutbox() {
            return new JdbiOutbox(database);
        }
    }

    @Nested
    class PurgedOutboxes extends OutboxPurgeContract {
        @Override
        protected Outbox newOutbox() {
            return new JdbiOutbox(database);
        }
    }

    @Nested
    class FailedOutboxes extends OutboxFailuresContract {
        @Override
        protected Outbox newOutbox() {
            return new JdbiOutbox(database);
        }
    }

    @Nested
    class Viewers extends HomeViewersContract {
        @Override
        protected HomeViewers newStore() {
            return new JdbiHomeViewers(database.jdbi(), database.vendor());
        }
    }

    @Nested
    class Events extends ProcessedEventsContract {
        @Override
        protected ProcessedEvents newStore() {
            return new JdbiProcessedEvents(database.jdbi(), database.vendor());
        }
    }

    @Nested
    class Reviews extends ReviewLogContract {
        @Override
        protected ReviewLog newLog() {
            return new JdbiReviewLog(database.jdbi(), database.vendor());
        }

        @Override
        protected void givenHire(HireId id) {
            TestDatabases.givenHire(database, id);
        }
    }

    @Nested
    class RemindersPosted extends ReminderLedgerContract {
        @Override
        protected ReminderLedger newLedger() {
            return new JdbiReminderLedger(database.jdbi());
        }

        @Override
        protected void givenHire(HireId id) {
            TestDatabases.givenHire(database, id);
        }
    }

    @Nested
    class Snoozed extends SnoozesContract {
        @Override
        protected Snoozes newSnoozes() {
            return new JdbiSnoozes(database.jdbi());
        }

        @Override
        protected void givenHire(HireId id) {
            TestDatabases.givenHire(database, id);
        }
    }

    @Nested
    class TeamsPeople extends TeamsDirectoryContract {
        @Override
        protected TeamsDirectory newDirectory() {
            return new JdbiTeamsDirectory(database.jdbi());
        }
    }

    @Nested
    class Audit extends AuditTrailContract {
        @Override
        protected AuditTrail newTrail() {
            return new JdbiAuditTrail(database.jdbi());
        }
    }

    @Nested
    class Grants extends ManagerGrantsContract {
        @Override
        protected ManagerGrants newGrants() {
            return new JdbiManagerGrants(database.jdbi(), database.vendor());
        }
    }

    @Nested
    class Expected extends ExpectedHiresContract {
        @Override
        protected ExpectedHires newStore() {
            return new JdbiExpectedHires(database.jdbi());
        }
    }

    @Nested
    class Keys extends ApiKeysContract {
        @Override
        protected ApiKeys newKeys() {
            return new JdbiApiKeys(database.jdbi());
        }
    }

    @Nested
    class Idempotency extends IdempotencyRecordsContract {
        @Override
        protected IdempotencyRecords newRecords() {
            return new JdbiIdempotencyRecords(database.jdbi());
        }
    }
}
