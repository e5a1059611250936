package dev.onboardingbuddy.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.testing.DirectTransactions;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.testing.InMemoryHireRepository;
import dev.onboardingbuddy.transactions.Transactions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every listener (homes, status snapshots) hears a committed change once, after the commit, and a rollback never. */
class ChangedHiresTest {
    private static final Transactions DIRECT = new DirectTransactions();

    private final List<HireId> homesHeard = new ArrayList<>();
    private final List<HireId> snapshotsHeard = new ArrayList<>();
    private final ChangedHires changes = new ChangedHires(
            DIRECT,
            List.of((hires, people) -> homesHeard.addAll(hires), (hires, people) -> snapshotsHeard.addAll(hires)));
    private final WatchedHires hires = new WatchedHires(new InMemoryHireRepository(), changes);

    @Test
    void everyListenerHearsACommittedChangeOnceItEnds() {
        Hire hire = Hires.anActiveHire().build();

        changes.inTransaction(() -> {
            hires.add(hire);
            hires.update(hire);
            assertThat(homesHeard).isEmpty();
            return null;
        });

        assertThat(homesHeard).containsExactly(hire.id());
        assertThat(snapshotsHeard).containsExactly(hire.id());
    }

    @Test
    void aRolledBackChangeIsHeardByNobody() {
        assertThatThrownBy(() -> changes.inTransaction(() -> {
                    hires.add(Hires.anActiveHire().build());
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");

        assertThat(homesHeard).isEmpty();
        assertThat(snapshotsHeard).isEmpty();
    }

    @Test
    void theChangesOfWorkUndoneInASavepointAreHeardByNobody() {
        Hire kept = Hires.anActiveHire().build();
        Hire undone = Hires.anActiveHire().user("U-UNDONE").build();

        changes.inTransaction(() -> {
            changes.inSavepoint(() -> {
                hires.add(kept);
                return null;
            });
            assertThatThrownBy(() -> changes.inSavepoint(() -> {
                        hires.add(undone);
                        throw new IllegalStateException("undone");
                    }))
                    .hasMessage("undone");
            return null;
        });

        assertThat(homesHeard).containsExactly(kept.id());
        assertThat(snapshotsHeard).containsExactly(kept.id());
    }
}
