package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.notification.DeliveryFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackCallsTest {

    @Test
    void retryAfterIsReadAsWholeSeconds() {
        assertThat(SlackCalls.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(SlackCalls.retryAfter(" 12 ")).isEqualTo(Duration.ofSeconds(12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-3", "Wed, 21 Oct 2015 07:28:00 GMT"})
    void anUnreadableRetryAfterFallsBackToThirtySeconds(String header) {
        assertThat(SlackCalls.retryAfter(header)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SlackCalls.retryAfter(null)).isEqualTo(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal_error", "fatal_error", "service_unavailable", "request_timeout"})
    void transientSlackErrorsAreRetryable(String error) {
        DeliveryFailure failure = SlackCalls.refused("chat.postMessage", error);

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "channel_not_found",
                "not_in_channel",
                "invalid_auth",
                "account_inactive",
                "user_not_found",
                "is_archived",
                "msg_too_long",
                "invalid_blocks",
                "missing_scope"
            })
    void everyOtherSlackErrorIsPermanentAndNamed(String error) {
        DeliveryFailure failure = SlackCalls.refused("chat.postMessage", error);

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).isEqualTo("chat.postMessage failed: " + error);
    }
}
