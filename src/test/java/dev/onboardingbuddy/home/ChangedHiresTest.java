package dev.onboardingbuddy.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.testing.InMemoryHireRepository;
import dev.onboardingbuddy.transactions.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every listener (homes, status snapshots) hears a committed change once, after the commit, and a rollback never. */
class ChangedHiresTest {
    private static final Transactions DIRECT = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

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
}
