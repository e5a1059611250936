package dev.onboardingbuddy.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedChecksTest {

    private static final Duration DEADLINE = Duration.ofMillis(300);
    /** Room for a busy build machine; still far below the one second a probe gets. */
    private static final Duration SCHEDULING_SLACK = Duration.ofMillis(500);

    private final BoundedChecks checks = new BoundedChecks(DEADLINE);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger blockedStarts = new AtomicInteger();

    @AfterEach
    void releaseAndClose() {
        release.countDown();
        checks.close();
    }

    /** A check that blocks until the test releases it (a database that hangs), counting how often it was started. */
    private final BooleanSupplier blocked = () -> {
        blockedStarts.incrementAndGet();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    };

    @Test
    void aCheckThatBlocksPastTheDeadlineIsReportedFailedWithinTheDeadline() {
        long started = System.nanoTime();
        Map<String, Boolean> results = checks.run(Map.of("database", blocked));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(results).containsExactly(Map.entry("database", false));
        assertThat(took).isGreaterThanOrEqualTo(DEADLINE.minusMillis(10)).isLessThan(DEADLINE.plus(SCHEDULING_SLACK));
    }

    @Test
    void aBlockedCheckDoesNotHoldUpTheOthersAndTheOrderIsKept() {
        Map<String, BooleanSupplier> named = new LinkedHashMap<>();
        named.put("database", blocked);
        named.put("migrations", () -> true);
        named.put("scheduler", () -> false);

        long started = System.nanoTime();
        Map<String, Boolean> results = checks.run(named);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DEADLINE.plus(SCHEDULING_SLACK));
        assertThat(results)
                .containsExactly(
                        Map.entry("database", false), Map.entry("migrations", true), Map.entry("scheduler", false));
    }

    @Test
    void aCheckStillRunningFromAnEarlierProbeIsAwaitedNotStartedAgain() throws Exception {
        checks.run(Map.of("database", blocked));
        checks.run(Map.of("database", blocked));
        checks.run(Map.of("database", blocked));

        assertThat(blockedStarts).hasValue(1);

        release.countDown();
        TimeUnit.MILLISECONDS.sleep(100); // the first run returns true and is done
        assertThat(checks.run(Map.of("database", blocked))).containsEntry("database", true);
        assertThat(blockedStarts).as("a finished check is started afresh").hasValue(2);
    }

    @Test
    void aCheckThatThrowsIsReportedFailed() {
        Map<String, Boolean> results = checks.run(Map.of("database", () -> {
            throw new IllegalStateException("pool closed");
        }));

        assertThat(results).containsExactly(Map.entry("database", false));
    }

    @Test
    void aFastCheckThatPassesIsReportedPassedWithoutWaitingForTheDeadline() {
        long started = System.nanoTime();
        Map<String, Boolean> results = checks.run(Map.of("migrations", () -> true));

        assertThat(results).containsExactly(Map.entry("migrations", true));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DEADLINE);
    }
}
