package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.AuditTrail;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.ManagerGrants;
import dev.onboardingbuddy.testing.AuditTrailContract;
import dev.onboardingbuddy.testing.ManagerGrantsContract;
import dev.onboardingbuddy.conversation.PendingCommands;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.notification.ReviewLog;
import dev.onboardingbuddy.notification.Snoozes;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.testing.HireRepositoryContract;
import dev.onboardingbuddy.testing.OutboxClaimContract;
import dev.onboardingbuddy.testing.OutboxContract;
import dev.onboardingbuddy.testing.OutboxHoldContract;
import dev.onboardingbuddy.testing.OutboxPaceContract;
import dev.onboardingbuddy.testing.PendingCommandsContract;
import dev.onboardingbuddy.testing.OutboxPurgeContract;
import dev.onboardingbuddy.testing.ProcessedEventsContract;
import dev.onboardingbuddy.testing.ProgressRepositoryContract;
import dev.onboardingbuddy.testing.ReviewLogContract;
import dev.onboardingbuddy.testing.SnoozesContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import dev.onboardingbuddy.msteams.TeamsDirectory;
import dev.onboardingbuddy.testing.TeamsDirectoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The JDBI adapters pass the port contracts on PostgreSQL, each test on a fresh schema. Runs only when
 * TEST_POSTGRES_URL (and TEST_POSTGRES_USER, TEST_POSTGRES_PASSWORD) name a database the user may create schemas in.
 */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL, matches = ".+")
class PostgresContractsTest {

  String schema;
  Database database;

  @BeforeEach
  void openDatabase() {
    schema = TestDatabases.newSchemaName();
    database = TestDatabases.postgres(schema);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
    TestDatabases.dropPostgres(schema);
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
  }

  @Nested
  class Outboxes extends OutboxContract {
    @Override
    protected Outbox newOutbox() {
      return new JdbiOutbox(database.jdbi(), database.vendor());
    }
  }

  @Nested
  class HeldOutboxes extends OutboxHoldContract {
    @Override
    protected Outbox newOutbox() {
      return new JdbiOutbox(database.jdbi(), database.vendor());
    }
  }

  @Nested
  class ClaimedOutboxes extends OutboxClaimContract {
    @Override
    protected Outbox newOutbox() {
      return new JdbiOutbox(database.jdbi(), database.vendor());
    }
  }

  @Nested
  class Pending extends PendingCommandsContract {
    @Override
    protected PendingCommands newStore() {
      return new JdbiPendingCommands(database.jdbi());
    }
  }

  @Nested
  class PacedOutboxes extends OutboxPaceContract {
    @Override
    protected Outbox newOutbox() {
      return new JdbiOutbox(database.jdbi(), database.vendor());
    }
  }

  @Nested
  class PurgedOutboxes extends OutboxPurgeContract {
    @Override
    protected Outbox newOutbox() {
      return new JdbiOutbox(database.jdbi(), database.vendor());
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
  class RemindersPosted extends dev.onboardingbuddy.testing.ReminderLedgerContract {
    @Override
    protected dev.onboardingbuddy.notification.ReminderLedger newLedger() {
      return new dev.onboardingbuddy.persistence.JdbiReminderLedger(database.jdbi());
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
  class Expected extends dev.onboardingbuddy.testing.ExpectedHiresContract {
    @Override
    protected dev.onboardingbuddy.enrollment.ExpectedHires newStore() {
      return new JdbiExpectedHires(database.jdbi());
    }
  }

  @Nested
  class Keys extends dev.onboardingbuddy.testing.ApiKeysContract {
    @Override
    protected dev.onboardingbuddy.hrapi.ApiKeys newKeys() {
      return new JdbiApiKeys(database.jdbi());
    }
  }

  @Nested
  class Idempotency extends dev.onboardingbuddy.testing.IdempotencyRecordsContract {
    @Override
    protected dev.onboardingbuddy.hrapi.IdempotencyRecords newRecords() {
      return new JdbiIdempotencyRecords(database.jdbi());
    }
  }
}
