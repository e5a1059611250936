package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireSearch;
import java.util.List;
import java.util.Optional;

/** The hires, telling {@link StatusSnapshots} of every write (enrolment, pause, new manager, new start date...). */
public final class SnapshotInvalidatingHires implements HireRepository {
    private final HireRepository hires;
    private final StatusSnapshots snapshots;

    public SnapshotInvalidatingHires(HireRepository hires, StatusSnapshots snapshots) {
        this.hires = hires;
        this.snapshots = snapshots;
    }

    @Override
    public void add(Hire hire) {
        try {
            hires.add(hire);
        } finally {
            snapshots.changed();
        }
    }

    @Override
    public void update(Hire hire) {
        try {
            hires.update(hire);
        } finally {
            snapshots.changed();
        }
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
