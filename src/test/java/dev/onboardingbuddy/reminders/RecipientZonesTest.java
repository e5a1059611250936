package dev.onboardingbuddy.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecipientZonesTest {
    private static final ChatUserId MANAGER = ChatUserId.slack("UMGR");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-09T01:00:00Z"));
    private final List<ChatUserId> asked = new ArrayList<>();
    private ZoneId profileZone = NEW_YORK;
    private boolean reachable = true;

    private final People people = user -> {
        asked.add(user);
        if (!reachable) {
            throw DeliveryFailure.retryable("users.info could not reach Slack", null);
        }
        return Optional.of(new People.Person(user, "Manager", Optional.ofNullable(profileZone), false));
    };
    private final RecipientZones zones = new RecipientZones(people, clock);

    @Test
    void aPersonIsMessagedInTheZoneOfTheirProfile() {
        assertThat(zones.zoneOf(MANAGER, TOKYO)).isEqualTo(NEW_YORK);
    }

    @Test
    void theProfileIsAskedOnceADayOnTheInjectedClock() {
        zones.zoneOf(MANAGER, TOKYO);
        profileZone = ZoneId.of("Europe/Lisbon");
        clock.advance(Duration.ofHours(23));
        assertThat(zones.zoneOf(MANAGER, TOKYO)).isEqualTo(NEW_YORK);
        clock.advance(Duration.ofHours(1));
        assertThat(zones.zoneOf(MANAGER, TOKYO)).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(asked).hasSize(2);
    }

    @Test
    void aProfileWithoutAZoneOrThatCannotBeReadGivesTheHiresZone() {
        profileZone = null;
        assertThat(zones.zoneOf(MANAGER, TOKYO)).isEqualTo(TOKYO);
        reachable = false;
        assertThat(zones.zoneOf(ChatUserId.slack("UOTHER"), TOKYO)).isEqualTo(TOKYO);
    }

    @Test
    void anUnreadableProfileIsAskedAgainWithinHoursNotOnEveryCall() {
        reachable = false;
        zones.zoneOf(MANAGER, TOKYO);
        zones.zoneOf(MANAGER, TOKYO);
        assertThat(asked).hasSize(1);
        reachable = true;
        clock.advance(RecipientZones.RETRY);
        assertThat(zones.zoneOf(MANAGER, TOKYO)).isEqualTo(NEW_YORK);
    }
}
