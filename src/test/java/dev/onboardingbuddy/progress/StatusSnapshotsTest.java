package dev.onboardingbuddy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StatusSnapshotsTest {
    private static final ChatUserId LEAD = ChatUserId.slack("U0LEAD");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final StatusSnapshots snapshots = new StatusSnapshots(clock);
    private final AtomicInteger computed = new AtomicInteger();
    private final Supplier<StatusOverview> compute =
            () -> new StatusOverview(computed.incrementAndGet(), 0, 0, 0, List.of());

    @Test
    void anAnswerAskedForAgainAtOnceIsNotComputedAgain() {
        StatusOverview first = snapshots.overview(LEAD, StatusFilter.NONE, compute);
        StatusOverview second = snapshots.overview(LEAD, StatusFilter.NONE, compute);

        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aWriteMakesEveryEarlierAnswerStale() {
        snapshots.overview(LEAD, StatusFilter.NONE, compute);
        snapshots.changed();

        assertThat(snapshots.overview(LEAD, StatusFilter.NONE, compute).hires()).isEqualTo(2);
    }

    @Test
    void anAnswerIsKeptForTheMaximumAgeAndNoLonger() {
        snapshots.overview(LEAD, StatusFilter.NONE, compute);
        clock.advance(StatusSnapshots.MAX_AGE.minusMillis(1));
        assertThat(snapshots.overview(LEAD, StatusFilter.NONE, compute).hires()).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(snapshots.overview(LEAD, StatusFilter.NONE, compute).hires()).isEqualTo(2);
    }

    @Test
    void anAnswerThatTookLongerThanTheMaximumAgeIsKeptThatLongAfterItWasReady() {
        Supplier<StatusOverview> slow = () -> {
            clock.advance(Duration.ofSeconds(3)); // an admin's overview over thousands of hires
            return compute.get();
        };
        snapshots.overview(LEAD, StatusFilter.NONE, slow);
        clock.advance(StatusSnapshots.MAX_AGE.minusMillis(1));
        assertThat(snapshots.overview(LEAD, StatusFilter.NONE, slow).hires()).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(snapshots.overview(LEAD, StatusFilter.NONE, slow).hires()).isEqualTo(2);
    }

    @Test
    void aClockSetBackDoesNotServeAnAnswerFromTheFuture() {
        snapshots.overview(LEAD, StatusFilter.NONE, compute);
        clock.advance(Duration.ofSeconds(-1));

        assertThat(snapshots.overview(LEAD, StatusFilter.NONE, compute).hires()).isEqualTo(2);
    }

    @Test
    void callersAndFiltersHaveAnswersOfTheirOwn() {
        StatusFilter overdue = new StatusFilter(true, Optional.empty(), Optional.empty(), Optional.empty());
        snapshots.overview(LEAD, StatusFilter.NONE, compute);

        assertThat(snapshots.overview(LEAD, overdue, compute).hires()).isEqualTo(2);
        assertThat(snapshots
                        .overview(ChatUserId.slack("U0OTHER"), StatusFilter.NONE, compute)
                        .hires())
                .isEqualTo(3);
        assertThat(snapshots.overview(LEAD, StatusFilter.NONE, compute).hires()).isEqualTo(1);
    }

    @Test
    void callersAskingWhileAnAnswerIsComputedWaitForItInsteadOfComputingItAgain() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Supplier<StatusOverview> slow = () -> {
            computing.countDown();
            await(finish);
            return compute.get();
        };
        CompletableFuture<StatusOverview> first =
                CompletableFuture.supplyAsync(() -> snapshots.overview(LEAD, StatusFilter.NONE, slow));
        assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<StatusOverview> second =
                CompletableFuture.supplyAsync(() -> snapshots.overview(LEAD, StatusFilter.NONE, compute));
        assertThat(snapshots.fresh(LEAD, StatusFilter.NONE))
                .as("nothing to answer at once yet")
                .isEmpty();

        finish.countDown();

        assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(first.get(5, TimeUnit.SECONDS));
        assertThat(computed).hasValue(1);
        assertThat(snapshots.fresh(LEAD, StatusFilter.NONE)).contains(first.get());
    }

    @Test
    void aFreshSnapshotIsAnsweredAtOnceAndAStaleOneIsNot() {
        StatusOverview kept = snapshots.overview(LEAD, StatusFilter.NONE, compute);
        assertThat(snapshots.fresh(LEAD, StatusFilter.NONE)).contains(kept);

        snapshots.changed();

        assertThat(snapshots.fresh(LEAD, StatusFilter.NONE)).isEmpty();
        assertThat(computed).as("asking whether it is fresh never computes").hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
