package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.transactions.Transactions;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One database transaction around a unit of work. The repositories join it because Jdbi hands nested
 * {@code withHandle}/{@code inTransaction} calls on the same thread the outermost handle.
 */
public final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}
