package dev.onboardingbuddy.transactions;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction, so that a change and the outbox message it causes are stored together or
 * not at all. Repositories called inside join the transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work inside the transaction already open on this thread, so that when it throws, only what it changed is
     * undone and the transaction can go on (and commit the rest); without an open transaction, in one of its own.
     */
    <T> T inSavepoint(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
