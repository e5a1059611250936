package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.enrollment.AlreadyEnrolledException;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireSearch;
import dev.onboardingbuddy.enrollment.HireStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A {@link HireRepository} in a map; passes {@link HireRepositoryContract}. Thread-safe (one lock). */
public final class InMemoryHireRepository implements HireRepository {

    private final Map<HireId, Hire> hires = new LinkedHashMap<>();

    @Override
    public synchronized void add(Hire hire) {
        if (findOpenByUser(hire.user()).isPresent()) {
            throw new AlreadyEnrolledException(hire.user());
        }
        if (hires.containsKey(hire.id())) {
            throw new IllegalStateException("hire " + hire.id() + " exists");
        }
        hires.put(hire.id(), hire);
    }

    @Override
    public synchronized Optional<Hire> find(HireId id) {
        return Optional.ofNullable(hires.get(id));
    }

    @Override
    public synchronized Optional<Hire> findOpenByUser(ChatUserId user) {
        return open(hire -> hire.user().equals(user)).stream().findFirst();
    }

    @Override
    public synchronized List<Hire> findOpen() {
        return open(hire -> true);
    }

    @Override
    public synchronized List<Hire> findOpenByManager(ChatUserId manager) {
        return open(hire -> hire.manager().equals(manager));
    }

    @Override
    public synchronized void update(Hire hire) {
        Hire stored = hires.get(hire.id());
        if (stored == null) {
            throw new IllegalArgumentException("no hire " + hire.id() + " to update");
        }
        if (isOpen(hire)
                && open(other -> other.user().equals(hire.user()) && !other.id().equals(hire.id()))
                                .size()
                        > 0) {
            throw new AlreadyEnrolledException(hire.user());
        }
        hires.put(
                hire.id(),
                stored.withStatus(hire.status()).withStartDate(hire.startDate()).withManager(hire.manager()));
    }

    @Override
    public synchronized List<Hire> search(HireSearch search) {
        return matching(search).stream()
                .skip(search.offset())
                .limit(search.limit())
                .toList();
    }

    @Override
    public synchronized int count(HireSearch search) {
        return matching(search).size();
    }

    private List<Hire> matching(HireSearch search) {
        return hires.values().stream()
                .filter(search::matches)
                .sorted(Comparator.comparing(Hire::enrolledAt)
                        .thenComparing(hire -> hire.id().value()))
                .toList();
    }

    private List<Hire> open(Predicate<Hire> filter) {
        return hires.values().stream()
                .filter(InMemoryHireRepository::isOpen)
                .filter(filter)
                .sorted(Comparator.comparing(Hire::enrolledAt)
                        .thenComparing(hire -> hire.id().value()))
                .toList();
    }

    private static boolean isOpen(Hire hire) {
        return hire.status() == HireStatus.ACTIVE || hire.status() == HireStatus.PAUSED;
    }
}
