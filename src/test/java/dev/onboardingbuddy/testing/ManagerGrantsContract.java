package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.ManagerGrants;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ManagerGrants} does; subclasses supply the implementation under test. */
public abstract class ManagerGrantsContract {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final ChatUserId ADMIN = ChatUserId.slack("UADMIN");
    private static final ChatUserId ALICE = ChatUserId.slack("UALICE");
    private static final ChatUserId TEAMS_BOB = ChatUserId.msteams("29:1BobTeamsId");

    private ManagerGrants grants;

    protected abstract ManagerGrants newGrants();

    @BeforeEach
    void createStore() {
        grants = newGrants();
    }

    @Test
    void nobodyIsGrantedAtFirst() {
        assertThat(grants.isGranted(ALICE)).isFalse();
        assertThat(grants.granted()).isEmpty();
    }

    @Test
    void aGrantedPersonIsListedAndKnownOnTheirPlatform() {
        assertThat(grants.grant(TEAMS_BOB, ADMIN, NOW)).isTrue();
        assertThat(grants.grant(ALICE, ADMIN, NOW)).isTrue();

        assertThat(grants.isGranted(TEAMS_BOB)).isTrue();
        assertThat(grants.isGranted(ChatUserId.slack("29:1BobTeamsId"))).isFalse();
        assertThat(grants.granted()).containsExactly(ALICE, TEAMS_BOB);
    }

    @Test
    void grantingTwiceSaysNothingChanged() {
        grants.grant(ALICE, ADMIN, NOW);

        assertThat(grants.grant(ALICE, ADMIN, NOW.plusSeconds(60))).isFalse();
        assertThat(grants.granted()).containsExactly(ALICE);
    }

    @Test
    void aRevokedGrantIsGoneAndRevokingAgainChangesNothing() {
        grants.grant(ALICE, ADMIN, NOW);

        assertThat(grants.revoke(ALICE)).isTrue();
        assertThat(grants.isGranted(ALICE)).isFalse();
        assertThat(grants.revoke(ALICE)).isFalse();
    }

    @Test
    void concurrentGrantsOfOnePersonSucceedOnce() throws Exception {
        assertThat(Race.run(8, () -> grants.grant(ALICE, ADMIN, NOW))).containsOnlyOnce(true);
    }
}
