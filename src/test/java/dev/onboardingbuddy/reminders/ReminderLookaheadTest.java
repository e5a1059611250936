package dev.onboardingbuddy.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.testing.Hires;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderLookaheadTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ReminderLookahead lookahead = new ReminderLookahead();
    private final Hire hire = Hires.anActiveHire().build();

    @Test
    void aHireIsQuietUntilTheirNextOccurrenceAndNotAMomentLonger() {
        lookahead.quietUntil(hire, BERLIN, NOW, NOW.plusSeconds(600), 0);

        assertThat(lookahead.isQuiet(hire, BERLIN, NOW.plusSeconds(599))).isTrue();
        assertThat(lookahead.isQuiet(hire, BERLIN, NOW.plusSeconds(600))).isFalse();
    }

    @Test
    void nothingIsRememberedLongerThanAChangeOnAnotherInstanceMayGoUnheard() {
        lookahead.quietUntil(hire, BERLIN, NOW, Instant.MAX, 0);

        assertThat(lookahead.isQuiet(
                        hire, BERLIN, NOW.plus(ReminderLookahead.AT_MOST).minusSeconds(1)))
                .isTrue();
        assertThat(lookahead.isQuiet(hire, BERLIN, NOW.plus(ReminderLookahead.AT_MOST)))
                .isFalse();
    }

    @Test
    void aChangedHireAnotherManagersZoneOrAToldChangeEndTheQuiet() {
        lookahead.quietUntil(hire, BERLIN, NOW, NOW.plus(Duration.ofMinutes(10)), 0);
        Instant soon = NOW.plusSeconds(60);

        assertThat(lookahead.isQuiet(hire.withStatus(HireStatus.PAUSED), BERLIN, soon))
                .isFalse();
        assertThat(lookahead.isQuiet(hire, ZoneId.of("Asia/Tokyo"), soon)).isFalse();
        assertThat(lookahead.isQuiet(hire, BERLIN, soon)).isTrue();

        lookahead.forget(Set.of(hire.id()));

        assertThat(lookahead.isQuiet(hire, BERLIN, soon)).isFalse();
    }

    @Test
    void hiresNoLongerOpenAreForgotten() {
        Hire other = Hires.anActiveHire().user("U-OTHER").build();
        lookahead.quietUntil(hire, BERLIN, NOW, Instant.MAX, 0);
        lookahead.quietUntil(other, BERLIN, NOW, Instant.MAX, 0);

        lookahead.keepOnly(List.of(other));

        assertThat(lookahead.isQuiet(hire, BERLIN, NOW)).isFalse();
        assertThat(lookahead.isQuiet(other, BERLIN, NOW)).isTrue();
    }

    @Test
    void aChangeToldWhileTheHireWasLookedAtKeepsTheLookFromBeingRemembered() {
        long seen = lookahead.changesOf(hire.id());

        lookahead.forget(Set.of(hire.id())); // an item undone meanwhile
        lookahead.quietUntil(hire, BERLIN, NOW, Instant.MAX, seen);

        assertThat(lookahead.isQuiet(hire, BERLIN, NOW)).isFalse();
        lookahead.quietUntil(hire, BERLIN, NOW, Instant.MAX, lookahead.changesOf(hire.id()));
        assertThat(lookahead.isQuiet(hire, BERLIN, NOW)).isTrue();
    }
}
