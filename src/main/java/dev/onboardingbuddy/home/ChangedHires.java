package dev.onboardingbuddy.home;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.transactions.Transactions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tells its listeners (the {@link HomeRefresher}, the status snapshots) which hires a unit of work changed, once that
 * work has committed: a refresh that read the database before the commit would publish the old state and nothing
 * would publish the new one. Wraps the
 * {@link Transactions} every use case already runs its changes in; {@link WatchedHires} and {@link WatchedProgress}
 * report the changes, so every path that changes a hire (a Slack button, a Teams reply, a scheduled release) refreshes
 * the homes without knowing they exist.
 *
 * <p>Thread-safe: the changes of a transaction are collected on its own thread, where Jdbi keeps its handle too; a
 * nested transaction joins the outer one, as Jdbi's does. A rolled-back transaction refreshes nothing.
 */
public final class ChangedHires implements Transactions {
    private final Transactions transactions;
    private final List<HireChangeListener> listeners;
    private final ThreadLocal<Changes> open = new ThreadLocal<>();

    private record Changes(Set<HireId> hires, Set<ChatUserId> people) {
        static Changes none() {
            return new Changes(new LinkedHashSet<>(), new LinkedHashSet<>());
        }

        void addAll(Changes more) {
            hires.addAll(more.hires());
            people.addAll(more.people());
        }
    }

    public ChangedHires(Transactions transactions, List<HireChangeListener> listeners) {
        this.transactions = transactions;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (open.get() != null) {
            return transactions.inTransaction(work);
        }
        Changes changes = Changes.none();
        open.set(changes);
        T result;
        try {
            result = transactions.inTransaction(work);
        } finally {
            open.remove();
        }
        tell(changes.hires(), changes.people());
        return result;
    }

    /** The changes of work that is undone stay untold; the others are told with the enclosing transaction's. */
    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        Changes outer = open.get();
        if (outer == null) {
            return inTransaction(work);
        }
        Changes changes = Changes.none();
        open.set(changes);
        T result;
        try {
            result = transactions.inSavepoint(work);
        } finally {
            open.set(outer);
        }
        outer.addAll(changes);
        return result;
    }

    /**
     * Records a change that has been written. Outside a transaction it has committed already, so it is passed on at once.
     *
     * @param alsoAffected people who no longer appear beside the hire, such as the manager a hire was handed away from
     */
    void changed(HireId hire, Set<ChatUserId> alsoAffected) {
        Changes changes = open.get();
        if (changes == null) {
            tell(Set.of(hire), alsoAffected);
            return;
        }
        changes.hires().add(hire);
        changes.people().addAll(alsoAffected);
    }

    private void tell(Set<HireId> hires, Set<ChatUserId> people) {
        if (!hires.isEmpty() || !people.isEmpty()) {
            listeners.forEach(listener -> listener.changed(hires, people));
        }
    }
}
