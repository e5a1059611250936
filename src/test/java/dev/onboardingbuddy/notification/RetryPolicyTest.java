package dev.onboardingbuddy.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy POLICY = new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(10));
    private static final DoubleSupplier LOWEST = () -> 0.0;
    private static final DoubleSupplier HIGHEST = () -> 0.999_999;

    private static Duration delay(int attempts, DoubleSupplier random) {
        return POLICY.delay(attempts, Optional.empty(), random);
    }

    @Test
    void theWaitDoublesWithEachTry() {
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(attempts -> delay(attempts, LOWEST)))
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16));
    }

    @Test
    void theWaitNeverExceedsTheCapHoweverManyTries() {
        for (int attempts : new int[] {9, 10, 20, 21, 63, 64, 1_000, Integer.MAX_VALUE}) {
            assertThat(delay(attempts, HIGHEST))
                    .as("after %s tries", attempts)
                    .isLessThanOrEqualTo(Duration.ofMinutes(10))
                    .isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        }
    }

    @Test
    void theJitterStaysBetweenHalfAndAllOfTheStep() {
        for (double random = 0.0; random < 1.0; random += 0.125) {
            double r = random;
            assertThat(delay(3, () -> r)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
        assertThat(delay(3, LOWEST)).isEqualTo(Duration.ofSeconds(4));
        assertThat(delay(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(6));
        assertThat(delay(3, HIGHEST)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aLongerRetryAfterWins() {
        assertThat(POLICY.delay(1, Optional.of(Duration.ofSeconds(7)), HIGHEST)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aShorterRetryAfterLosesToTheBackoff() {
        assertThat(POLICY.delay(5, Optional.of(Duration.ofSeconds(3)), LOWEST)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void aRetryAfterBeyondTheCapIsStillHonoured() {
        assertThat(POLICY.delay(1, Optional.of(Duration.ofMinutes(30)), LOWEST)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void noTriesYetWaitsTheFirstStepInsteadOfWrappingTheShift() {
        assertThat(delay(0, LOWEST)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aPolicyWithoutAUsableBackoffIsRejected() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(2)))
                .hasMessageContaining("base");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(2)))
                .hasMessageContaining("cap");
    }
}
