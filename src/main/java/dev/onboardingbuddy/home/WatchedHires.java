package dev.onboardingbuddy.home;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireSearch;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A {@link HireRepository} that reports enrolments and their changes to {@link ChangedHires}. Thread-safe. */
public final class WatchedHires implements HireRepository {
    private final HireRepository hires;
    private final ChangedHires changes;

    public WatchedHires(HireRepository hires, ChangedHires changes) {
        this.hires = hires;
        this.changes = changes;
    }

    @Override
    public void add(Hire hire) {
        hires.add(hire);
        changes.changed(hire.id(), Set.of());
    }

    /** A hand-over also refreshes the manager the hire was taken from, whose home should no longer show them. */
    @Override
    public void update(Hire hire) {
        Optional<ChatUserId> formerManager =
                hires.find(hire.id()).map(Hire::manager).filter(manager -> !manager.equals(hire.manager()));
        hires.update(hire);
        changes.changed(hire.id(), formerManager.map(Set::of).orElse(Set.of()));
    }

    @Override
    public Optional<Hire> find(HireId id) {
        return hires.find(id);
    }

    @Override
    public Optional<Hire> findOpenByUser(ChatUserId user) {
        return hires.findOpenByUser(user);
    }

    @Override
    public List<Hire> findOpen() {
        return hires.findOpen();
    }

    @Override
    public List<Hire> findOpenByManager(ChatUserId manager) {
        return hires.findOpenByManager(manager);
    }

    @Override
    public List<Hire> search(HireSearch search) {
        return hires.search(search);
    }

    @Override
    public int count(HireSearch search) {
        return hires.count(search);
    }
}
