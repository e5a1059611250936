package dev.onboardingbuddy.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand; thread-safe, so the bot's threads see each move at once. A {@linkplain #ticking
 * ticking} one also runs on in real time between moves, as the bot's pace needs: a message told to wait a second for
 * its conversation's turn is sent a second later, which a frozen clock would never reach.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final boolean ticking;
    private final long origin = System.nanoTime();

    public MutableClock(Instant start) {
        this(start, false);
    }

    private MutableClock(Instant start, boolean ticking) {
        this.now = new AtomicReference<>(start);
        this.ticking = ticking;
    }

    /** Starts at {@code start} and runs on in real time; {@link #set} and {@link #advance} move it as usual. */
    public static MutableClock ticking(Instant start) {
        MutableClock clock = new MutableClock(start, true);
        clock.set(start);
        return clock;
    }

    public void set(Instant instant) {
        now.set(instant.minusNanos(elapsed()));
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get().plusNanos(elapsed());
    }

    private long elapsed() {
        return ticking ? System.nanoTime() - origin : 0;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }
}
