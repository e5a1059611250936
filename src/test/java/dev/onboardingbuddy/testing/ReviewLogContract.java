package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.reminders.HeldReview;
import dev.onboardingbuddy.reminders.ReviewLog;
import dev.onboardingbuddy.timeline.ReminderKind;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReviewLog} does; subclasses supply the implementation under test. */
public abstract class ReviewLogContract {

    private static final Instant NOW = Instant.parse("2025-04-08T10:15:30.123456Z");
    private static final ItemKey DAY_30 = new ItemKey("review-day-30");
    private static final ItemKey MEET_QA = new ItemKey("meet-qa-engineer");
    private static final ChatUserId MANAGER = ChatUserId.slack("UMGR");
    private static final ChatUserId ADMIN = ChatUserId.slack("UADMIN");

    private ReviewLog log;
    private HireId hire;

    /** A new, empty log; called before each test. */
    protected abstract ReviewLog newLog();

    /** Makes the hire known where the implementation needs it (a foreign key); the default does nothing. */
    protected void givenHire(HireId id) {}

    @BeforeEach
    void createLog() {
        log = newLog();
        hire = HireId.random();
        givenHire(hire);
    }

    private HeldReview held(ItemKey item, ReminderKind kind, ChatUserId by, Instant at, String notes) {
        return new HeldReview(hire, item, kind, by, at, notes);
    }

    @Test
    void aRecordedReviewIsFoundWithEveryField() {
        HeldReview review = held(DAY_30, ReminderKind.REVIEW, MANAGER, NOW, "Ramped up well; wants more on-call.");
        assertThat(log.record(review)).isTrue();
        assertThat(log.find(hire, DAY_30, ReminderKind.REVIEW)).contains(review);
    }

    @Test
    void nothingIsFoundBeforeItIsRecorded() {
        assertThat(log.find(hire, DAY_30, ReminderKind.REVIEW)).isEmpty();
        assertThat(log.forHire(hire)).isEmpty();
    }

    @Test
    void theFirstRecordWinsAndALaterOneChangesNothing() {
        HeldReview first = held(DAY_30, ReminderKind.REVIEW, MANAGER, NOW, "first notes");
        assertThat(log.record(first)).isTrue();
        assertThat(log.record(held(DAY_30, ReminderKind.REVIEW, ADMIN, NOW.plusSeconds(60), "second notes")))
                .isFalse();
        assertThat(log.find(hire, DAY_30, ReminderKind.REVIEW)).contains(first);
    }

    @Test
    void aReviewAndAMeetingOfTheSameItemAreSeparate() {
        assertThat(log.record(held(MEET_QA, ReminderKind.MEETING, MANAGER, NOW, "")))
                .isTrue();
        assertThat(log.find(hire, MEET_QA, ReminderKind.REVIEW)).isEmpty();
        assertThat(log.record(held(MEET_QA, ReminderKind.REVIEW, MANAGER, NOW, "")))
                .isTrue();
    }

    @Test
    void anotherHiresRecordsAreSeparate() {
        HireId other = HireId.random();
        givenHire(other);
        log.record(held(DAY_30, ReminderKind.REVIEW, MANAGER, NOW, ""));
        assertThat(log.find(other, DAY_30, ReminderKind.REVIEW)).isEmpty();
        assertThat(log.record(new HeldReview(other, DAY_30, ReminderKind.REVIEW, MANAGER, NOW, "")))
                .isTrue();
        assertThat(log.forHire(other)).hasSize(1);
    }

    @Test
    void aHiresRecordsAreListedInTheOrderTheyWereHeld() {
        HeldReview later = held(DAY_30, ReminderKind.REVIEW, MANAGER, NOW.plusSeconds(3600), "later");
        HeldReview earlier = held(MEET_QA, ReminderKind.MEETING, ADMIN, NOW, "");
        log.record(later);
        log.record(earlier);
        assertThat(log.forHire(hire)).containsExactly(earlier, later);
    }

    @Test
    void missingNotesAreStoredAsEmpty() {
        log.record(held(DAY_30, ReminderKind.REVIEW, MANAGER, NOW, null));
        assertThat(log.find(hire, DAY_30, ReminderKind.REVIEW).orElseThrow().notes())
                .isEmpty();
    }

    @Test
    void concurrentRecordsOfTheSameReviewRecordItExactlyOnce() throws Exception {
        assertThat(Race.timesTrue(
                        16, () -> log.record(held(DAY_30, ReminderKind.REVIEW, MANAGER, NOW, "double click"))))
                .isEqualTo(1);
        assertThat(log.forHire(hire)).hasSize(1);
    }
}
