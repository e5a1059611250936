package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.transactions.Transactions;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One database transaction around a unit of work. The repositories join it because Jdbi hands nested
 * {@code withHandle}/{@code inTransaction} calls on the same thread the outermost handle.
 */
public final class JdbiTransactions implements Transactions {
    private final AtomicLong savepoints = new AtomicLong();

    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }

    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        return jdbi.inTransaction(handle -> {
            // unique per call, so savepoints nest; PostgreSQL needs the rollback to go on after a failed statement
            String savepoint = "work_" + savepoints.incrementAndGet();
            handle.savepoint(savepoint);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error failed) {
                handle.rollbackToSavepoint(savepoint);
                throw failed;
            }
            handle.releaseSavepoint(savepoint);
            return result;
        });
    }
}
