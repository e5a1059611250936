package dev.onboardingbuddy.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiAuditTrail;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiOutbox;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.persistence.JdbiTransactions;
import dev.onboardingbuddy.testing.AccessPolicies;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.testing.RealConfig;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pause, resume and cancel act on what is already queued for the hire, in the transaction of the status change. */
class ChangeEnrollmentQueuedMessagesTest {
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final ChatUserId MANAGER = ChatUserId.slack("UMGR");
    private static final ChatUserId HIRE = ChatUserId.slack("UHIRE");

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(NOW);
    private Database database;
    private JdbiHireRepository hires;
    private Outbox outbox;
    private Hire hire;

    @BeforeEach
    void enrolAHireWithAQueuedMessage() {
        database = Database.open("jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath(), "sa", "", 2);
        hires = new JdbiHireRepository(database.jdbi());
        outbox = new JdbiOutbox(database);
        hire = RealConfig.hire(
                HIRE.value(),
                LocalDate.of(2025, 3, 10),
                ZoneId.of("UTC"),
                "default",
                Optional.empty(),
                Optional.empty());
        hires.add(hire);
        Recipient dm = new Recipient.DirectMessage(HIRE);
        outbox.enqueue(
                new OutboundMessage("release:week-2", dm, ChatMessage.plain("Week 2"), NOW, Optional.of(hire.id())),
                NOW);
        outbox.enqueue(new OutboundMessage("reply:Ev1", dm, ChatMessage.plain("Hi"), NOW), NOW);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private ChangeEnrollment changes(Outbox using) {
        return new ChangeEnrollment(
                hires,
                new JdbiProgressRepository(database.jdbi()),
                RealConfig.templates(),
                RealConfig.calendars(),
                new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT),
                new JdbiTransactions(database.jdbi()),
                AccessPolicies.adminsOnly(Set.of()),
                using,
                new JdbiAuditTrail(database.jdbi()),
                clock);
    }

    private OutboxEntry stored(String key) {
        return outbox.find(key).orElseThrow();
    }

    /** The outbox, except that the named method fails after doing its work, as a database error at commit would. */
    private Outbox failingAfter(String method) {
        return (Outbox) Proxy.newProxyInstance(
                Outbox.class.getClassLoader(), new Class<?>[] {Outbox.class}, (proxy, called, args) -> {
                    Object result;
                    try {
                        result = called.invoke(outbox, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (called.getName().equals(method)) {
                        throw new IllegalStateException("the database went away");
                    }
                    return result;
                });
    }

    @Test
    void pausingHoldsTheHiresQueuedMessagesAndResumingMakesThemDueAtOnce() {
        changes(outbox).pause(MANAGER, HIRE);

        assertThat(stored("release:week-2").status()).isEqualTo(OutboxStatus.HELD);
        assertThat(stored("reply:Ev1").status()).as("belongs to no enrolment").isEqualTo(OutboxStatus.PENDING);

        clock.advance(Duration.ofDays(3));
        changes(outbox).resume(MANAGER, HIRE);

        assertThat(stored("release:week-2").status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(stored("release:week-2").nextAttemptAt()).isEqualTo(clock.instant());
    }

    @Test
    void cancellingGivesUpTheHiresQueuedMessages() {
        changes(outbox).cancel(MANAGER, HIRE);

        assertThat(stored("release:week-2").status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(stored("release:week-2").lastError()).contains("enrolment cancelled");
        assertThat(stored("reply:Ev1").status()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void aPauseWhoseHoldFailsLeavesTheHireActiveAndItsMessagesPending() {
        assertThatThrownBy(() -> changes(failingAfter("holdFor")).pause(MANAGER, HIRE))
                .hasMessageContaining("database went away");

        assertThat(hires.find(hire.id()).orElseThrow().status()).isEqualTo(HireStatus.ACTIVE);
        assertThat(stored("release:week-2").status()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void aResumeWhoseReleaseFailsLeavesTheHirePausedAndItsMessagesHeld() {
        changes(outbox).pause(MANAGER, HIRE);

        assertThatThrownBy(() -> changes(failingAfter("resumeFor")).resume(MANAGER, HIRE))
                .hasMessageContaining("database went away");

        assertThat(hires.find(hire.id()).orElseThrow().status()).isEqualTo(HireStatus.PAUSED);
        assertThat(stored("release:week-2").status()).isEqualTo(OutboxStatus.HELD);
    }

    @Test
    void aCancelWhoseGivingUpFailsLeavesTheEnrolmentOpenAndItsMessagesPending() {
        assertThatThrownBy(() -> changes(failingAfter("cancelFor")).cancel(MANAGER, HIRE))
                .hasMessageContaining("database went away");

        assertThat(hires.findOpenByUser(HIRE)).map(Hire::status).contains(HireStatus.ACTIVE);
        assertThat(stored("release:week-2").status()).isEqualTo(OutboxStatus.PENDING);
    }
}
