package dev.onboardingbuddy.home;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.notification.DeliveryFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes homes on one thread of its own, never on the thread that must acknowledge a request. Changes are
 * coalesced: whatever marks a person within {@link #settle} of the first mark is published once, with the state at
 * publishing time, so a hire ticking five items in a row costs one publish each for them, their manager and leads.
 *
 * <p>Slack allows {@code views.publish} about 100 calls a minute per workspace (Tier 4). A refused publish (HTTP 429)
 * keeps its people marked and the next try waits the {@code Retry-After}: the change is real and someone may be
 * looking. Any other failure (a 5xx, a timeout, the home tab switched off) is dropped and logged: a home is a snapshot,
 * and the person's next visit publishes it anew. Admins are not refreshed on every change anywhere (their totals move
 * with every tick of every hire); their home is published when they open it.
 *
 * <p>Only the homes of {@link HomeViewers} are refreshed on a change: someone who never opened theirs sees it when
 * they first do, published then. A burst of 1,000 enrolments otherwise republished 1,000 unseen homes and the
 * manager's, counting all of their hires, round after round (a third of the bot's CPU in the benchmark, and Slack
 * allows about 100 publishes a minute). Who just opened their home goes first in a round.
 *
 * <p>Thread-safe. Marks before {@link #close} that were not yet published are dropped.
 */
public final class HomeRefresher implements HireChangeListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HomeRefresher.class);

    private final BuildHome build;
    private final HireRepository hires;
    private final TeamDirectory teams;
    /** Used on the refresher's thread only. */
    private final RememberedViewers viewers;

    private final Map<Platform, HomePublisher> publishers = new EnumMap<>(Platform.class);
    private final Duration settle;
    private final ScheduledExecutorService worker;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}: what the next publishing round covers. */
    private final Set<ChatUserId> people = new LinkedHashSet<>();
    /** Guarded by {@link #lock}: who opened their home since the last round; they are published first. */
    private final Set<ChatUserId> openedSince = new LinkedHashSet<>();

    private final Set<HireId> changedHires = new LinkedHashSet<>();
    private boolean roundScheduled;
    /**
     * {@link System#nanoTime} before which Slack asked us not to publish (its {@code Retry-After}); a monotonic timer,
     * not the injected clock, because it measures a wait on this thread, not a time of the domain.
     */
    private long pausedUntilNanos = System.nanoTime();

    /**
     * @param teams to find the leads of a changed hire's team
     * @param viewers who has opened their home, on any instance; a change refreshes only theirs
     * @param clock when someone first opened their home
     * @param settle how long after a first change the round starts, gathering the changes that follow it
     */
    public HomeRefresher(
            BuildHome build,
            HireRepository hires,
            TeamDirectory teams,
            HomeViewers viewers,
            Clock clock,
            Collection<HomePublisher> publishers,
            Duration settle) {
        this.build = build;
        this.hires = hires;
        this.teams = teams;
        this.viewers = new RememberedViewers(viewers, clock);
        publishers.forEach(publisher -> this.publishers.put(publisher.platform(), publisher));
        this.settle = settle;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "home-refresher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The person opened their home: publish it at once (or as soon as the platform lets us). */
    public void opened(ChatUserId person) {
        if (publishers.containsKey(person.platform())) {
            synchronized (lock) {
                openedSince.add(person);
            }
            mark(List.of(), List.of(), Duration.ZERO);
        }
    }

    /**
     * These hires changed (items ticked or released, enrolled, paused, moved, handed over), and these people are
     * affected beyond each hire's own (a manager handed a hire away): refresh the homes of the hires, their managers
     * and their teams' leads. Only marks; the database is read on the refresher's thread.
     */
    @Override
    public void changed(Collection<HireId> changed, Collection<ChatUserId> alsoAffected) {
        if (!publishers.isEmpty() && !(changed.isEmpty() && alsoAffected.isEmpty())) {
            mark(alsoAffected, changed, settle);
        }
    }

    private void mark(Collection<ChatUserId> persons, Collection<HireId> changed, Duration delay) {
        synchronized (lock) {
            people.addAll(persons);
            changedHires.addAll(changed);
            if (roundScheduled) {
                return;
            }
            roundScheduled = true;
        }
        schedule(delay);
    }

    private void schedule(Duration delay) {
        try {
            worker.schedule(this::publishRound, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("home refresh dropped: shutting down");
        }
    }

    private void publishRound() {
        Set<ChatUserId> opened;
        Set<ChatUserId> affected;
        Set<HireId> changed;
        synchronized (lock) {
            long paused = pausedUntilNanos - System.nanoTime();
            if (paused > 0) {
                // a round marked during the wait starts when the wait ends, not before; roundScheduled stays set
                schedule(Duration.ofNanos(paused));
                return;
            }
            opened = new LinkedHashSet<>(openedSince);
            affected = new LinkedHashSet<>(people);
            changed = new LinkedHashSet<>(changedHires);
            openedSince.clear();
            people.clear();
            changedHires.clear();
            roundScheduled = false;
        }
        viewers.opened(opened);
        try {
            changed.forEach(id -> hires.find(id).ifPresent(hire -> affected.addAll(around(hire))));
        } catch (RuntimeException e) {
            LOG.warn("could not read the changed hires to refresh their homes; they are refreshed when next opened", e);
        }
        affected.removeAll(opened);
        Set<ChatUserId> due = new LinkedHashSet<>(opened);
        due.addAll(viewers.among(affected, person -> publishers.containsKey(person.platform())));
        List<ChatUserId> queue = new ArrayList<>(due);
        for (int i = 0; i < queue.size(); i++) {
            ChatUserId person = queue.get(i);
            HomePublisher publisher = publishers.get(person.platform());
            if (publisher == null) {
                continue;
            }
            try {
                publisher.publish(build.of(person));
            } catch (DeliveryFailure failure) {
                if (failure.retryAfter().isPresent()) {
                    List<ChatUserId> rest = queue.subList(i, queue.size());
                    LOG.info(
                            "home publishing rate-limited; {} home(s) wait {}s",
                            rest.size(),
                            failure.retryAfter().get().toSeconds());
                    boolean alreadyScheduled;
                    synchronized (lock) {
                        rest.forEach(waiting -> (opened.contains(waiting) ? openedSince : people).add(waiting));
                        pausedUntilNanos =
                                System.nanoTime() + failure.retryAfter().get().toNanos();
                        alreadyScheduled = roundScheduled;
                        roundScheduled = true;
                    }
                    if (!alreadyScheduled) {
                        schedule(failure.retryAfter().get());
                    }
                    return;
                }
                LOG.warn("dropped the home of {} ({}); it is published when next opened", person, failure.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("could not build or publish the home of {}; it is published when next opened", person, e);
            }
        }
    }

    /** The people whose home shows this hire: the hire, their manager and their team's leads. */
    private Set<ChatUserId> around(Hire hire) {
        Set<ChatUserId> affected = new LinkedHashSet<>(List.of(hire.user(), hire.manager()));
        hire.team().flatMap(teams::find).map(Team::leads).ifPresent(affected::addAll);
        return affected;
    }

    /** Stops at once: a round in progress ends after its current publish; the rest is dropped. */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
