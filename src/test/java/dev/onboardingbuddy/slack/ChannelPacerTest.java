package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pace per channel, on a ticker the test moves and a sleeper that records instead of sleeping. */
class ChannelPacerTest {

    private final AtomicLong nanos = new AtomicLong(Long.MAX_VALUE - 2_500_000_000L); // crosses the overflow point
    private final List<Duration> sleeps = new ArrayList<>();
    private final ChannelPacer pacer = new ChannelPacer(Duration.ofSeconds(1), 3, nanos::get, wait -> {
        sleeps.add(wait);
        nanos.addAndGet(wait.toNanos());
    });

    @Test
    void aBurstOfThreeGoesAtOnceThenOnePerSecond() throws InterruptedException {
        for (int post = 0; post < 6; post++) {
            pacer.awaitTurn("C1");
        }

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void turnsAreReservedInOrderWhenPostsComeTogether() {
        List<Duration> waits = new ArrayList<>();
        for (int post = 0; post < 6; post++) {
            waits.add(pacer.reserve("C1"));
        }

        assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    @Test
    void channelsArePacedIndependently() throws InterruptedException {
        for (int post = 0; post < 3; post++) {
            pacer.awaitTurn("C1");
            pacer.awaitTurn("C2");
            pacer.awaitTurn("C3");
        }

        assertThat(sleeps).isEmpty();
    }

    @Test
    void aChannelQuietForLongEnoughGetsItsBurstBack() throws InterruptedException {
        for (int post = 0; post < 3; post++) {
            pacer.awaitTurn("C1");
        }
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        for (int post = 0; post < 3; post++) {
            pacer.awaitTurn("C1");
        }

        assertThat(sleeps).isEmpty();
    }

    @Test
    void postsSpacedASecondApartNeverWait() throws InterruptedException {
        for (int post = 0; post < 10; post++) {
            pacer.awaitTurn("C1");
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        }

        assertThat(sleeps).isEmpty();
    }
}
