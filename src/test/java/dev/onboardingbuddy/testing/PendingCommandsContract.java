package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.conversation.Command;
import dev.onboardingbuddy.conversation.PendingCommands;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PendingCommands} does; subclasses supply the implementation under test. */
public abstract class PendingCommandsContract {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private PendingCommands commands;

    /** A new, empty store; called before each test. */
    protected abstract PendingCommands newStore();

    @BeforeEach
    void createStore() {
        commands = newStore();
    }

    private static PendingCommands.Pending full(String id, Instant at) {
        return new PendingCommands.Pending(
                id,
                ChatUserId.msteams("29:admin"),
                new Command.Start(
                        ChatUserId.slack("UHIRE"),
                        ChatUserId.slack("UMGR"),
                        Optional.of("backend-engineer"),
                        Optional.of(LocalDate.of(2026, 3, 16)),
                        Optional.of(ChatUserId.slack("UBUDDY")),
                        Optional.of("germany"),
                        Optional.of("platform"),
                        Optional.of("C0PLATFORM"),
                        Optional.of(ZoneId.of("Europe/Berlin"))),
                at);
    }

    private static PendingCommands.Pending bare(String id, Instant at) {
        return new PendingCommands.Pending(
                id,
                ChatUserId.slack("UADMIN"),
                new Command.Start(
                        ChatUserId.slack("UHIRE"),
                        ChatUserId.slack("UMGR"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                at);
    }

    @Test
    void aCommandIsInvisibleWhileItsWorkerHoldsItAndComesBackWholeOnceAbandoned() {
        commands.add(full("c1", NOW), NOW.plus(CLAIM));
        commands.add(bare("c2", NOW.plusSeconds(1)), NOW.plusSeconds(1).plus(CLAIM));

        assertThat(commands.claimAbandoned(NOW.plus(CLAIM).minusMillis(1), NOW.plus(CLAIM.multipliedBy(2)), 10))
                .isEmpty();
        assertThat(commands.claimAbandoned(NOW.plusSeconds(1).plus(CLAIM), NOW.plus(CLAIM.multipliedBy(3)), 10))
                .containsExactly(full("c1", NOW), bare("c2", NOW.plusSeconds(1)));
    }

    @Test
    void aClaimedCommandIsNotClaimedAgainUntilItsNewClaimEnds() {
        commands.add(bare("c1", NOW), NOW);
        Instant until = NOW.plus(CLAIM);
        assertThat(commands.claimAbandoned(NOW, until, 10)).hasSize(1);

        assertThat(commands.claimAbandoned(NOW.plusSeconds(1), until.plus(CLAIM), 10))
                .isEmpty();
        assertThat(commands.claimAbandoned(until, until.plus(CLAIM), 10)).hasSize(1);
    }

    @Test
    void aFinishedCommandIsGoneAndFinishingTwiceIsHarmless() {
        commands.add(bare("c1", NOW), NOW);
        commands.finish("c1");
        commands.finish("c1");

        assertThat(commands.claimAbandoned(NOW.plus(CLAIM), NOW.plus(CLAIM), 10))
                .isEmpty();
    }
}
