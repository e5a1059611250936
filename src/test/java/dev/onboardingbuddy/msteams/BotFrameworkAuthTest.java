package dev.onboardingbuddy.msteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.msteams.BotFrameworkAuth.Rejected;
import dev.onboardingbuddy.msteams.BotFrameworkAuth.Verified;
import dev.onboardingbuddy.msteams.testkit.BotFrameworkTokens;
import dev.onboardingbuddy.msteams.testkit.FakeBotFramework;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BotFrameworkAuthTest {
    // Far from the real date: a check that read the system clock instead of ours would refuse every good token.
    private static final Instant NOW = Instant.parse("2031-03-02T09:00:00Z");
    private static FakeBotFramework fake;

    private final MutableClock clock = new MutableClock(NOW);
    private BotFrameworkTokens tokens;
    private BotFrameworkAuth auth;
    private String serviceUrl;

    @BeforeAll
    static void startFake() {
        fake = new FakeBotFramework();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void setUp() {
        tokens = fake.tokens(clock);
        auth = new BotFrameworkAuth(fake.appId(), fake.openIdMetadataUrl(), clock, Duration.ofSeconds(5));
        serviceUrl = fake.serviceUrl();
    }

    @Test
    void theConnectorsTokenIsAccepted() {
        Verified verified = auth.verify(tokens.valid(serviceUrl), serviceUrl, "msteams");

        assertThat(verified.audience()).isEqualTo(fake.appId());
        assertThat(verified.callerAppId()).isEqualTo(BotFrameworkTokens.CONNECTOR_APP_ID);
        assertThat(verified.serviceUrl()).isEqualTo(serviceUrl);
        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void theServiceUrlClaimIsReadWhateverItsCaseAndTrailingSlash() {
        String withoutSlash = serviceUrl.substring(0, serviceUrl.length() - 1);

        assertThat(auth.verify(tokens.validWithCamelCaseServiceUrlClaim(serviceUrl), serviceUrl, "msteams"))
                .isNotNull();
        assertThat(auth.verify(tokens.valid(withoutSlash), serviceUrl, "msteams"))
                .isNotNull();
        assertThat(auth.verify(tokens.valid(serviceUrl), withoutSlash, "msteams"))
                .isNotNull();
    }

    @Test
    void theMetadataAndKeysAreFetchedOnceForManyVerifications() {
        int metadataBefore = fake.metadataFetches();
        int keysBefore = fake.keyFetches();

        for (int i = 0; i < 20; i++) {
            auth.verify(tokens.valid(serviceUrl), serviceUrl, "msteams");
        }

        assertThat(fake.metadataFetches() - metadataBefore).isEqualTo(1);
        assertThat(fake.keyFetches() - keysBefore).isEqualTo(1);
    }

    @Test
    void aMissingOrMalformedHeaderIsRefused() {
        assertRejected(() -> auth.verify(null, serviceUrl, "msteams"), 401);
        assertRejected(() -> auth.verify("", serviceUrl, "msteams"), 401);
        assertRejected(() -> auth.verify("Basic dXNlcjpwYXNz", serviceUrl, "msteams"), 401);
        assertRejected(() -> auth.verify("Bearer not-a-jwt", serviceUrl, "msteams"), 401);
        assertRejected(
                () -> auth.verify(tokens.valid(serviceUrl).substring("Bearer ".length()), serviceUrl, "msteams"), 401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRejected(() -> auth.verify(tokens.expired(serviceUrl), serviceUrl, "msteams"), 401);
        assertThatThrownBy(() -> auth.verify(tokens.expired(serviceUrl), serviceUrl, "msteams"))
                .hasMessageContaining("Expired");
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        assertRejected(() -> auth.verify(tokens.notYetValid(serviceUrl), serviceUrl, "msteams"), 401);
    }

    @Test
    void fiveMinutesOfClockSkewAreToleratedAndNoMore() {
        String token = tokens.validBetween(serviceUrl, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(5));
        assertThat(auth.verify(token, serviceUrl, "msteams")).isNotNull();

        clock.advance(Duration.ofMinutes(2));
        assertRejected(() -> auth.verify(token, serviceUrl, "msteams"), 401);
    }

    @Test
    void aTokenForAnotherBotIsRefused() {
        assertRejected(() -> auth.verify(tokens.wrongAudience(serviceUrl), serviceUrl, "msteams"), 401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRejected(() -> auth.verify(tokens.wrongIssuer(serviceUrl), serviceUrl, "msteams"), 401);
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRefused() {
        assertRejected(() -> auth.verify(tokens.signedByUnknownKey(serviceUrl), serviceUrl, "msteams"), 401);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertRejected(() -> auth.verify(tokens.unsigned(serviceUrl), serviceUrl, "msteams"), 401);
    }

    @Test
    void aTokenSignedWithHs256IsRefused() {
        assertRejected(() -> auth.verify(tokens.signedWithHs256(serviceUrl), serviceUrl, "msteams"), 401);
    }

    @Test
    void aTokenWithATamperedPayloadIsRefused() {
        String[] parts = tokens.valid(serviceUrl).split("\\.");
        String other = tokens.wrongAudience(serviceUrl).split("\\.")[1];
        String tampered = parts[0] + "." + other + "." + parts[2];

        assertRejected(() -> auth.verify(tampered, serviceUrl, "msteams"), 401);
    }

    @Test
    void aKeyNotEndorsedForTeamsIsForbidden() {
        assertRejected(() -> auth.verify(tokens.notEndorsedForTeams(serviceUrl), serviceUrl, "msteams"), 403);
        assertThat(auth.verify(tokens.notEndorsedForTeams(serviceUrl), serviceUrl, "skype"))
                .isNotNull();
    }

    @Test
    void aTokenIssuedForAnotherServiceUrlIsForbidden() {
        String elsewhere = "https://smba.trafficmanager.net/emea/";

        assertRejected(() -> auth.verify(tokens.valid(elsewhere), serviceUrl, "msteams"), 403);
        assertRejected(() -> auth.verify(tokens.valid(serviceUrl), elsewhere, "msteams"), 403);
    }

    @Test
    void unreachableMetadataIsAServerErrorAndIsReadAgainNextTime() {
        fake.failNext(FakeBotFramework.METADATA, 500, null);
        int before = fake.metadataFetches();

        assertRejected(() -> auth.verify(tokens.valid(serviceUrl), serviceUrl, "msteams"), 503);
        assertThat(auth.verify(tokens.valid(serviceUrl), serviceUrl, "msteams")).isNotNull();
        assertThat(fake.metadataFetches() - before).isEqualTo(2);
    }

    private static void assertRejected(ThrowingCallable verification, int status) {
        assertThatThrownBy(verification).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(status);
            assertThat(rejected.reason()).isNotBlank();
        });
    }
}
