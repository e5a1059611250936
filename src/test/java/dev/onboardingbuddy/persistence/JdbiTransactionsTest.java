package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Recipient;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change and the message it causes are stored together or not at all. */
class JdbiTransactionsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path directory;

    Database database;
    JdbiHireRepository hires;
    JdbiOutbox outbox;
    JdbiTransactions transactions;

    @BeforeEach
    void open() {
        database = TestDatabases.h2(directory);
        hires = new JdbiHireRepository(database.jdbi());
        outbox = new JdbiOutbox(database);
        transactions = new JdbiTransactions(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static OutboundMessage welcome(Hire hire) {
        return new OutboundMessage(
                "welcome:" + hire.id(), new Recipient.DirectMessage(hire.user()), ChatMessage.plain("Welcome"), NOW);
    }

    @Test
    void aFailureAfterBothWritesRollsBackTheHireAndTheMessage() {
        Hire hire = TestDatabases.hire(ChatUserId.slack("U1"));

        assertThatThrownBy(() -> transactions.run(() -> {
                    hires.add(hire);
                    outbox.enqueue(welcome(hire), NOW);
                    throw new IllegalStateException("crash between the change and the commit");
                }))
                .hasMessageContaining("crash");

        assertThat(hires.find(hire.id())).isEmpty();
        assertThat(outbox.find("welcome:" + hire.id())).isEmpty();
    }

    @Test
    void aCompletedUnitOfWorkStoresBoth() {
        Hire hire = TestDatabases.hire(ChatUserId.slack("U2"));

        transactions.run(() -> {
            hires.add(hire);
            outbox.enqueue(welcome(hire), NOW);
        });

        assertThat(hires.find(hire.id())).isPresent();
        assertThat(outbox.find("welcome:" + hire.id())).isPresent();
    }
}
