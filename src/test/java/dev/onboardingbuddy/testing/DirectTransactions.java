package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.transactions.Transactions;
import java.util.function.Supplier;

/** Runs work as it comes, for the in-memory fakes: they have nothing to commit and undo nothing. */
public final class DirectTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        return work.get();
    }
}
