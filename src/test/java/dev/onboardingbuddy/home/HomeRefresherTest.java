package dev.onboardingbuddy.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.KnownManagers;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.progress.Completion;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.ItemPlans;
import dev.onboardingbuddy.progress.ProgressReport;
import dev.onboardingbuddy.progress.StatusSnapshots;
import dev.onboardingbuddy.testing.DirectTransactions;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.testing.InMemoryHireRepository;
import dev.onboardingbuddy.testing.InMemoryHomeViewers;
import dev.onboardingbuddy.testing.InMemoryManagerGrants;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import dev.onboardingbuddy.testing.InMemoryProgressRepository;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.testing.RealConfig;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Homes follow the changes of hires through the watched repositories: once per person per burst, only after a commit,
 * to the hire, their manager (old and new) and their team's leads, waiting out a rate limit.
 */
class HomeRefresherTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final ChatUserId HIRE = ChatUserId.slack("UHIRE");
    private static final ChatUserId MANAGER = ChatUserId.slack("UMGR");
    private static final ChatUserId LEAD = ChatUserId.slack("ULEAD");
    private static final ChatUserId BYSTANDER = ChatUserId.slack("UOTHER");
    private static final Duration SETTLE = Duration.ofMillis(300);

    private final MutableClock clock =
            new MutableClock(START.atTime(10, 0).atZone(BERLIN).toInstant());
    private final ChecklistTemplate template = RealConfig.backendEngineer();
    private final InMemoryHireRepository storedHires = new InMemoryHireRepository();
    private final InMemoryProgressRepository storedProgress = new InMemoryProgressRepository();
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final InMemoryHomeViewers viewers = new InMemoryHomeViewers();
    private HomeRefresher refresher;
    private BuildHome build;
    private TeamDirectory teams;
    private ChangedHires changes;
    private WatchedHires hires;
    private WatchedProgress progress;

    /** Publishes into a list; can be told to refuse the next publish as Slack's rate limit does. */
    private static final class RecordingPublisher implements HomePublisher {
        final List<HomeView> published = Collections.synchronizedList(new ArrayList<>());
        volatile boolean rateLimitNext;

        @Override
        public Platform platform() {
            return Platform.SLACK;
        }

        @Override
        public void publish(HomeView home) {
            if (rateLimitNext) {
                rateLimitNext = false;
                throw DeliveryFailure.rateLimited(Duration.ofMillis(500));
            }
            published.add(home);
        }

        long publishesTo(ChatUserId person) {
            synchronized (published) {
                return published.stream()
                        .filter(home -> home.viewer().equals(person))
                        .count();
            }
        }
    }

    /** Runs the work on the caller's thread; a throw stands for a rollback. */
    private static final Transactions DIRECT = new DirectTransactions();

    @BeforeEach
    void build() {
        teams = new TeamDirectory(
                List.of(new Team("payments", "Payments", Optional.empty(), List.of(), List.of(), List.of(LEAD))));
        AccessPolicy access = new AccessPolicy(
                Set.of(),
                id -> Optional.empty(),
                new KnownManagers(Set.of(), teams, new InMemoryManagerGrants()),
                teams);
        HireItemsLoader items = new HireItemsLoader(new TemplateCatalog(List.of(template)), storedProgress);
        build = new BuildHome(
                storedHires,
                items,
                new ProgressReport(storedHires, items, access, new StatusSnapshots(clock), clock),
                access,
                new InMemoryOutbox(),
                clock);
        refresher = new HomeRefresher(build, storedHires, teams, viewers, clock, List.of(publisher), SETTLE);
        changes = new ChangedHires(DIRECT, List.of(refresher));
        hires = new WatchedHires(storedHires, changes);
        progress = new WatchedProgress(storedProgress, changes);
    }

    @AfterEach
    void stop() {
        refresher.close();
    }

    private Hire enrolled() {
        Hire hire = Hires.anActiveHire()
                .user(HIRE)
                .managedBy(MANAGER)
                .on(template.id(), template.version())
                .startingOn(START)
                .in(BERLIN)
                .inTeam("payments")
                .enrolledBy(MANAGER)
                .enrolledAt(clock.instant())
                .build();
        changes.run(() -> {
            hires.add(hire);
            progress.addPlan(ItemPlans.of(
                    hire.id(),
                    new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT)
                            .plan(template, START, BERLIN, WorkingCalendar.mondayToFriday())));
        });
        return hire;
    }

    /** Opens a bystander's home and waits for it: every round marked before it has been published by then. */
    private void barrier() {
        refresher.opened(BYSTANDER);
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(BYSTANDER) > 0);
    }

    private Completion byHire() {
        return new Completion(HIRE, clock.instant(), CompletionMethod.BUTTON);
    }

    /** These people have opened their home before, on this instance or another. */
    private void viewing(ChatUserId... people) {
        for (ChatUserId person : people) {
            viewers.opened(person, clock.instant());
        }
    }

    @Test
    void aBurstOfChangesPublishesEachAffectedHomeOnce() {
        viewing(HIRE, MANAGER, LEAD);
        Hire hire = enrolled();
        progress.complete(hire.id(), new ItemKey("it-setup"), byHire());
        progress.complete(hire.id(), new ItemKey("review-role-profile"), byHire());
        progress.complete(hire.id(), new ItemKey("it-setup"), byHire()); // already done: changes nothing

        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(LEAD) > 0);
        barrier();

        assertThat(List.of(HIRE, MANAGER, LEAD))
                .allSatisfy(person -> assertThat(publisher.publishesTo(person))
                        .as("%s", person)
                        .isEqualTo(1));
    }

    @Test
    void aChangeRefreshesOnlyTheHomesOfPeopleWhoHaveOpenedTheirs() {
        viewing(MANAGER);
        Hire hire = enrolled();
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(MANAGER) == 1);

        progress.complete(hire.id(), new ItemKey("it-setup"), byHire());
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(MANAGER) == 2);
        barrier();

        assertThat(publisher.publishesTo(HIRE)).as("never opened").isZero();
        assertThat(publisher.publishesTo(LEAD)).as("never opened").isZero();
    }

    @Test
    void openingAHomeMakesItsOwnerAViewerWhoseHomeFollowsLaterChanges() {
        Hire hire = enrolled();
        refresher.opened(HIRE);
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(HIRE) == 1);
        assertThat(viewers.amongst(List.of(HIRE)))
                .as("recorded for every instance")
                .containsExactly(HIRE);

        progress.complete(hire.id(), new ItemKey("it-setup"), byHire());

        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(HIRE) == 2);
        assertThat(publisher.publishesTo(MANAGER)).isZero();
    }

    @Test
    void whenTheViewersCannotBeStoredOrReadAnOpenedHomeIsPublishedAllTheSame() {
        HomeViewers down = new HomeViewers() {
            @Override
            public void opened(ChatUserId person, Instant at) {
                throw new IllegalStateException("database down");
            }

            @Override
            public Set<ChatUserId> amongst(Collection<ChatUserId> people) {
                throw new IllegalStateException("database down");
            }
        };
        try (HomeRefresher withoutStore =
                new HomeRefresher(build, storedHires, teams, down, clock, List.of(publisher), SETTLE)) {
            ChangedHires changesHere = new ChangedHires(DIRECT, List.of(withoutStore));

            changesHere.run(() -> new WatchedHires(storedHires, changesHere)
                    .add(Hires.anActiveHire()
                            .user(HIRE)
                            .managedBy(MANAGER)
                            .on(template.id(), template.version())
                            .startingOn(START)
                            .in(BERLIN)
                            .enrolledBy(MANAGER)
                            .enrolledAt(clock.instant())
                            .build()));
            withoutStore.opened(HIRE);

            await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(HIRE) == 1);
            withoutStore.opened(BYSTANDER);
            await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(BYSTANDER) == 1);
            assertThat(publisher.publishesTo(MANAGER))
                    .as("not known to have opened theirs")
                    .isZero();
        }
    }

    @Test
    void aRolledBackTransactionRefreshesNobody() {
        viewing(HIRE, MANAGER);
        assertThatThrownBy(() -> changes.run(() -> {
                    hires.add(Hires.anActiveHire()
                            .user(HIRE)
                            .managedBy(MANAGER)
                            .on(template.id(), 1)
                            .startingOn(START)
                            .in(BERLIN)
                            .enrolledBy(MANAGER)
                            .enrolledAt(clock.instant())
                            .build());
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");

        barrier();
        assertThat(publisher.publishesTo(HIRE)).isZero();
        assertThat(publisher.publishesTo(MANAGER)).isZero();
    }

    @Test
    void changesInsideATransactionArePassedOnOnlyWhenItEnds() {
        viewing(HIRE);
        Hire hire = enrolled();
        // the enrolment's own refresh settles before it is published; an open (the barrier) does not wait for it
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(HIRE) > 0);
        barrier();
        long before = publisher.publishesTo(HIRE);

        changes.run(() -> {
            progress.complete(hire.id(), new ItemKey("it-setup"), byHire());
            // still inside: a refresh now would read what other connections see, the state before this transaction
            refresher.opened(BYSTANDER);
            await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(BYSTANDER) >= 2);
            assertThat(publisher.publishesTo(HIRE)).isEqualTo(before);
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(HIRE) > before);
    }

    @Test
    void aHandOverRefreshesTheFormerManagerToo() {
        ChatUserId newManager = ChatUserId.slack("UMGR2");
        viewing(MANAGER, newManager);
        Hire hire = enrolled();
        barrier();

        changes.run(() -> hires.update(hire.withManager(newManager)));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> publisher.publishesTo(newManager) == 1 && publisher.publishesTo(MANAGER) == 2);
    }

    @Test
    void aRateLimitedPublishIsTriedAgainAfterTheWaitSlackAsksFor() {
        publisher.rateLimitNext = true;

        refresher.opened(HIRE);

        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(HIRE) == 1);
    }

    @Test
    void peopleOnAPlatformWithoutHomesAreLeftAlone() {
        refresher.opened(ChatUserId.msteams("29:someone"));

        barrier();
        assertThat(publisher.published).extracting(HomeView::viewer).containsExactly(BYSTANDER);
    }

    @Test
    void openingWithNoRolePublishesAnEmptyHome() {
        refresher.opened(BYSTANDER);

        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.publishesTo(BYSTANDER) == 1);
        assertThat(publisher.published.get(0).isEmpty()).isTrue();
    }
}
