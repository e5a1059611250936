package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.home.HomeViewers;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link HomeViewers} does; subclasses supply the implementation under test. */
public abstract class HomeViewersContract {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private static final ChatUserId ALICE = ChatUserId.slack("UALICE");
    private static final ChatUserId BOB = ChatUserId.slack("UBOB");
    private static final ChatUserId TEAMS_ALICE = ChatUserId.msteams("29:alice");

    private HomeViewers viewers;

    /** A new, empty store; called before each test. */
    protected abstract HomeViewers newStore();

    @BeforeEach
    void createStore() {
        viewers = newStore();
    }

    @Test
    void nobodyHasOpenedTheirHomeAtFirst() {
        assertThat(viewers.amongst(List.of(ALICE, BOB))).isEmpty();
    }

    @Test
    void whoOpenedTheirHomeIsAViewerOnThatPlatformOnly() {
        viewers.opened(ALICE, NOW);
        viewers.opened(ALICE, NOW.plusSeconds(60)); // again: still one viewer, no error

        assertThat(viewers.amongst(List.of(ALICE, BOB, TEAMS_ALICE))).containsExactly(ALICE);
    }

    @Test
    void manyPeopleAreAskedAboutAtOnce() {
        List<ChatUserId> people = IntStream.range(0, 1_200)
                .mapToObj(i -> ChatUserId.slack("UMANY" + i))
                .toList();
        viewers.opened(people.get(0), NOW);
        viewers.opened(people.get(700), NOW);
        viewers.opened(people.get(1_199), NOW);

        assertThat(viewers.amongst(people))
                .containsExactlyInAnyOrder(people.get(0), people.get(700), people.get(1_199));
    }

    @Test
    void concurrentOpensOfOneHomeAllSucceed() throws Exception {
        assertThat(Race.timesTrue(16, () -> {
                    viewers.opened(ALICE, NOW);
                    return true;
                }))
                .isEqualTo(16);
        assertThat(viewers.amongst(List.of(ALICE))).containsExactly(ALICE);
    }
}
