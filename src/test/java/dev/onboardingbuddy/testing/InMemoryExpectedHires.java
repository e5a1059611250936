package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.enrollment.AlreadyExpectedException;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.HireId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ExpectedHires} in a map; passes {@link ExpectedHiresContract}. Thread-safe (one lock). */
public final class InMemoryExpectedHires implements ExpectedHires {
    private final Map<HireId, ExpectedHire> records = new LinkedHashMap<>();

    @Override
    public synchronized void add(ExpectedHire hire) {
        refuseSecondWaiting(hire);
        records.put(hire.id(), hire);
    }

    @Override
    public synchronized Optional<ExpectedHire> find(HireId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized Optional<ExpectedHire> waitingFor(String email) {
        return waiting().stream()
                .filter(record -> record.request().hire().hasEmail(email))
                .findFirst();
    }

    @Override
    public synchronized Optional<ExpectedHire> waitingFor(ChatUserId user) {
        return waiting().stream()
                .filter(record -> record.request().hire().id().equals(Optional.of(user)))
                .findFirst();
    }

    @Override
    public synchronized List<ExpectedHire> waiting() {
        return records.values().stream()
                .filter(ExpectedHire::isWaiting)
                .sorted(Comparator.comparing(ExpectedHire::createdAt)
                        .thenComparing(record -> record.id().value()))
                .toList();
    }

    @Override
    public synchronized void update(ExpectedHire hire) {
        if (!records.containsKey(hire.id())) {
            throw new IllegalArgumentException("no expected hire " + hire.id() + " to update");
        }
        refuseSecondWaiting(hire);
        records.put(hire.id(), hire);
    }

    @Override
    public synchronized void recordProblem(HireId id, String problem) {
        ExpectedHire stored = records.get(id);
        if (stored != null && stored.isWaiting()) {
            records.put(id, stored.withProblem(Optional.of(problem)));
        }
    }

    private void refuseSecondWaiting(ExpectedHire hire) {
        if (!hire.isWaiting()) {
            return;
        }
        boolean taken = waiting().stream()
                .filter(other -> !other.id().equals(hire.id()))
                .anyMatch(other -> hire.request()
                                .hire()
                                .email()
                                .map(other.request().hire()::hasEmail)
                                .orElse(false)
                        || (hire.request().hire().id().isPresent()
                                && hire.request()
                                        .hire()
                                        .id()
                                        .equals(other.request().hire().id())));
        if (taken) {
            throw new AlreadyExpectedException(hire.request().hire().toString());
        }
    }
}
