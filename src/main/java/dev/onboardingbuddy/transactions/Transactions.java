package dev.onboardingbuddy.transactions;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction, so that a change and the outbox message it causes are stored together or
 * not at all. Repositories called inside join the transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
