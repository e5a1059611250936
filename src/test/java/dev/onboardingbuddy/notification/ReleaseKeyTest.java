package dev.onboardingbuddy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.HireId;
import org.junit.jupiter.api.Test;

class ReleaseKeyTest {
    @Test
    void aKeyReadsBackAsWritten() {
        ReleaseKey key = ReleaseKey.of(new HireId("h-1"), "week-1", 3);

        assertThat(key.value()).isEqualTo("release:h-1:week-1:3");
        assertThat(ReleaseKey.parse(key.value())).contains(key);
    }

    @Test
    void otherKeysAndMalformedOnesAreNotReleases() {
        assertThat(ReleaseKey.parse("reminders:h-1:2026-12-07")).isEmpty();
        assertThat(ReleaseKey.parse("intro:h-1:meet-manager")).isEmpty();
        assertThat(ReleaseKey.parse("release:h-1:week-1:three")).isEmpty();
        assertThat(ReleaseKey.parse("release:h-1:week-1")).isEmpty();
        assertThat(ReleaseKey.parse("release::week-1:1")).isEmpty();
        assertThat(ReleaseKey.parse(null)).isEmpty();
    }
}
