package dev.onboardingbuddy.msteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.msteams.testkit.FakeBotFramework;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectorTokensTest {
    private final FakeBotFramework fake = new FakeBotFramework();
    private final MutableClock clock = new MutableClock(Instant.parse("2031-03-02T09:00:00Z"));

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private ConnectorTokens tokens(String password) {
        return new ConnectorTokens(fake.tokenUrl(), fake.appId(), password, clock, Duration.ofSeconds(5));
    }

    @Test
    void theTokenIsFetchedOnceAndReused() {
        ConnectorTokens tokens = tokens(fake.appPassword());

        String first = tokens.token();
        clock.advance(Duration.ofMinutes(50));

        assertThat(tokens.token())
                .isEqualTo(first)
                .isEqualTo(fake.issuedAccessTokens().get(0));
        assertThat(fake.tokenRequests()).isEqualTo(1);
    }

    @Test
    void aTokenIsRenewedFiveMinutesBeforeItExpires() {
        ConnectorTokens tokens = tokens(fake.appPassword());
        String first = tokens.token();

        clock.advance(Duration.ofMinutes(54).plusSeconds(59));
        assertThat(tokens.token()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isNotEqualTo(first);
        assertThat(fake.tokenRequests()).isEqualTo(2);
    }

    @Test
    void aShortLivedTokenIsRenewedHalfwayThroughItsLife() {
        fake.tokenLifetime(Duration.ofMinutes(4));
        ConnectorTokens tokens = tokens(fake.appPassword());
        String first = tokens.token();

        clock.advance(Duration.ofMinutes(1).plusSeconds(59));
        assertThat(tokens.token()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isNotEqualTo(first);
    }

    @Test
    void concurrentCallersShareOneFetch() throws Exception {
        ConnectorTokens tokens = tokens(fake.appPassword());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> callers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                callers.add(tokens::token);
            }
            List<String> seen = new ArrayList<>();
            for (Future<String> token : pool.invokeAll(callers)) {
                seen.add(token.get());
            }
            assertThat(seen).containsOnly(fake.issuedAccessTokens().get(0));
            assertThat(fake.tokenRequests()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInvalidatedTokenIsFetchedAnew() {
        ConnectorTokens tokens = tokens(fake.appPassword());
        String first = tokens.token();

        tokens.invalidate("some-older-token");
        assertThat(tokens.token()).isEqualTo(first);

        tokens.invalidate(first);
        assertThat(tokens.token()).isNotEqualTo(first);
    }

    @Test
    void aWrongPasswordIsAPermanentFailureThatDoesNotShowThePassword() {
        String wrong = "wrong-secret-" + fake.appPassword();
        ConnectorTokens tokens = tokens(wrong);

        assertThatThrownBy(tokens::token).isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
            assertThat(failure.retryable()).isFalse();
            assertThat(failure.getMessage()).contains("401", "invalid_client").doesNotContain(wrong);
        });
        assertThat(tokens.toString()).doesNotContain(wrong).contains(fake.appId());
    }

    @Test
    void aTokenEndpointOutageIsRetryable() {
        fake.failNext(FakeBotFramework.TOKEN, 503, null);

        assertThatThrownBy(tokens(fake.appPassword())::token)
                .isInstanceOfSatisfying(
                        DeliveryFailure.class,
                        failure -> assertThat(failure.retryable()).isTrue());
    }
}
