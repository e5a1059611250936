package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.progress.Completion;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.progress.CompletionEventType;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.progress.ItemCounts;
import dev.onboardingbuddy.progress.ItemState;
import dev.onboardingbuddy.progress.ProgressRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProgressRepository} does; subclasses supply the implementation under test. */
public abstract class ProgressRepositoryContract {

    private static final Instant DAY_ONE = Instant.parse("2025-03-10T08:00:00Z");
    private static final ItemKey LAPTOP = new ItemKey("laptop");
    private static final ItemKey ACCOUNTS = new ItemKey("accounts");
    private static final ItemKey COFFEE = new ItemKey("coffee.buddy");
    private static final ChatUserId HIRE_USER = ChatUserId.slack("U1");

    private ProgressRepository progress;
    private HireId hire;

    /** A new, empty repository; called before each test. */
    protected abstract ProgressRepository newRepository();

    /** Makes the hire known where the implementation needs it (a foreign key); the default does nothing. */
    protected void givenHire(HireId id) {}

    /** Closes the hire's enrolment (completed) where the implementation knows hires; the default does nothing. */
    protected void givenClosed(HireId id) {}

    @BeforeEach
    void createRepository() {
        progress = newRepository();
        hire = HireId.random();
        givenHire(hire);
        progress.addPlan(List.of(
                item(hire, COFFEE, 3, DAY_ONE.plusSeconds(86_400)),
                item(hire, LAPTOP, 1, DAY_ONE),
                item(hire, ACCOUNTS, 2, DAY_ONE)));
    }

    private static ItemState item(HireId hire, ItemKey key, int number, Instant releaseAt) {
        return new ItemState(
                hire,
                key,
                number,
                "day-one",
                releaseAt,
                releaseAt.plusSeconds(3 * 86_400),
                Optional.empty(),
                Optional.empty());
    }

    private static Completion by(String user, long minutesAfterStart, CompletionMethod how) {
        return new Completion(ChatUserId.slack(user), DAY_ONE.plusSeconds(60 * minutesAfterStart), how);
    }

    private ItemState state(ItemKey key) {
        return progress.itemsOf(hire).stream()
                .filter(item -> item.itemKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void thePlanIsListedByNumberWithEveryField() {
        assertThat(progress.itemsOf(hire))
                .containsExactly(
                        item(hire, LAPTOP, 1, DAY_ONE),
                        item(hire, ACCOUNTS, 2, DAY_ONE),
                        item(hire, COFFEE, 3, DAY_ONE.plusSeconds(86_400)));
    }

    @Test
    void anotherHiresItemsAreSeparate() {
        HireId other = HireId.random();
        givenHire(other);
        progress.addPlan(List.of(item(other, LAPTOP, 1, DAY_ONE)));
        assertThat(progress.itemsOf(other)).hasSize(1);
        assertThat(progress.itemsOf(hire)).hasSize(3);
        assertThat(progress.itemsOf(HireId.random())).isEmpty();
    }

    @Test
    void theItemsOfSeveralHiresComeInOneCallEachByNumber() {
        HireId other = HireId.random();
        givenHire(other);
        progress.addPlan(List.of(item(other, ACCOUNTS, 2, DAY_ONE), item(other, LAPTOP, 1, DAY_ONE)));

        Map<HireId, List<ItemState>> items = progress.itemsOf(Set.of(hire, other, HireId.random()));

        assertThat(items).containsOnlyKeys(hire, other);
        assertThat(items.get(hire)).isEqualTo(progress.itemsOf(hire));
        assertThat(items.get(other)).extracting(ItemState::number).containsExactly(1, 2);
        assertThat(progress.itemsOf(List.of())).isEmpty();
    }

    @Test
    void countsCoverOnlyTheNamedItemsAsOfTheInstantGiven() {
        progress.complete(hire, LAPTOP, by("U1", 5, CompletionMethod.TEXT));
        Instant laptopAndAccountsDue = DAY_ONE.plusSeconds(3 * 86_400);

        assertThat(progress.countsOf(List.of(hire), List.of(LAPTOP, ACCOUNTS, COFFEE), laptopAndAccountsDue))
                .containsEntry(hire, new ItemCounts(3, 1, 2, 1));
        assertThat(progress.countsOf(List.of(hire), List.of(LAPTOP, COFFEE), DAY_ONE))
                .containsEntry(hire, new ItemCounts(2, 1, 0, 0));
        assertThat(progress.countsOf(List.of(hire, HireId.random()), List.of(new ItemKey("nothing")), DAY_ONE))
                .isEmpty();
    }

    @Test
    void countsOfMoreHiresThanOneQueryAsksForAreEachHiresOwn() {
        List<HireId> many = new ArrayList<>(List.of(hire));
        for (int i = 0; i < 540; i++) {
            HireId other = HireId.random();
            givenHire(other);
            many.add(other);
        }
        HireId closed = many.get(7);
        HireId withoutTheItems = many.get(8);
        for (int i = 1; i < many.size(); i++) {
            if (i != 8) { // every other hire's accounts are due only after "now"
                progress.addPlan(List.of(
                        item(many.get(i), LAPTOP, 1, DAY_ONE),
                        item(many.get(i), ACCOUNTS, 2, DAY_ONE.plusSeconds(i % 2 == 0 ? 0 : 4 * 86_400))));
            }
        }
        progress.addPlan(List.of(item(withoutTheItems, COFFEE, 1, DAY_ONE)));
        givenClosed(closed);
        for (HireId other : many.subList(0, 40)) {
            progress.complete(other, LAPTOP, by("U1", 5, CompletionMethod.TEXT));
        }
        Instant now = DAY_ONE.plusSeconds(3 * 86_400);
        List<ItemKey> counted = List.of(LAPTOP, ACCOUNTS);

        Map<HireId, ItemCounts> counts = progress.countsOf(many, counted, now);

        Map<HireId, ItemCounts> oneByOne = new HashMap<>();
        many.forEach(one -> oneByOne.putAll(progress.countsOf(List.of(one), counted, now)));
        assertThat(counts).isEqualTo(oneByOne).hasSize(many.size() - 1).doesNotContainKey(withoutTheItems);
        assertThat(counts.get(closed)).isEqualTo(new ItemCounts(2, 1, 1, 0));
        assertThat(counts.get(hire)).isEqualTo(new ItemCounts(2, 1, 2, 1));
        assertThat(counts.get(many.get(100))).isEqualTo(new ItemCounts(2, 0, 2, 2));
        assertThat(counts.get(many.get(101))).isEqualTo(new ItemCounts(2, 0, 1, 1));
    }

    @Test
    void completedSinceListsCurrentCompletionsFromThatInstantOldestFirst() {
        HireId other = HireId.random();
        givenHire(other);
        progress.addPlan(List.of(item(other, LAPTOP, 1, DAY_ONE)));
        progress.complete(hire, LAPTOP, by("U1", 5, CompletionMethod.TEXT));
        progress.complete(hire, ACCOUNTS, by("U1", 50, CompletionMethod.BUTTON));
        progress.complete(other, LAPTOP, by("U2", 30, CompletionMethod.API));
        progress.complete(hire, COFFEE, by("U1", 60, CompletionMethod.TEXT));
        progress.undo(hire, COFFEE, by("U1", 61, CompletionMethod.TEXT));

        List<ItemState> since = progress.completedSince(DAY_ONE.plusSeconds(30 * 60));

        assertThat(since)
                .extracting(
                        state -> state.hireId().equals(hire) ? state.itemKey().value() : "other")
                .containsExactly("other", "accounts");
        assertThat(since.get(1).completion()).contains(by("U1", 50, CompletionMethod.BUTTON));
        assertThat(progress.completedSince(DAY_ONE.plusSeconds(50 * 60 + 1))).isEmpty();
    }

    @Test
    void completingAnOpenItemStoresTheCompletionAndOneEvent() {
        Completion done = by("U1", 30, CompletionMethod.BUTTON);
        assertThat(progress.complete(hire, LAPTOP, done)).isTrue();
        assertThat(state(LAPTOP).completion()).contains(done);
        assertThat(progress.historyOf(hire))
                .containsExactly(new CompletionEvent(
                        hire, LAPTOP, CompletionEventType.COMPLETED, HIRE_USER, done.at(), done.how()));
    }

    @Test
    void completingTwiceReturnsFalseAndAppendsNoSecondEvent() {
        Completion first = by("U1", 30, CompletionMethod.TEXT);
        progress.complete(hire, LAPTOP, first);
        assertThat(progress.complete(hire, LAPTOP, by("UM", 40, CompletionMethod.API)))
                .isFalse();
        assertThat(state(LAPTOP).completion()).contains(first);
        assertThat(progress.historyOf(hire)).hasSize(1);
    }

    @Test
    void completingAnUnknownItemReturnsFalse() {
        assertThat(progress.complete(hire, new ItemKey("no-such-item"), by("U1", 1, CompletionMethod.TEXT)))
                .isFalse();
        assertThat(progress.historyOf(hire)).isEmpty();
    }

    @Test
    void undoReopensTheItemAndAppendsAnUndoneEvent() {
        progress.complete(hire, LAPTOP, by("U1", 30, CompletionMethod.BUTTON));
        Completion undo = by("UM", 45, CompletionMethod.API);
        assertThat(progress.undo(hire, LAPTOP, undo)).isTrue();
        assertThat(state(LAPTOP).completion()).isEmpty();
        assertThat(progress.historyOf(hire))
                .extracting(CompletionEvent::type)
                .containsExactly(CompletionEventType.COMPLETED, CompletionEventType.UNDONE);
        assertThat(progress.historyOf(hire).get(1).actor()).isEqualTo(ChatUserId.slack("UM"));
    }

    @Test
    void undoingAnOpenItemReturnsFalseAndStoresNothing() {
        assertThat(progress.undo(hire, LAPTOP, by("U1", 1, CompletionMethod.TEXT)))
                .isFalse();
        assertThat(progress.historyOf(hire)).isEmpty();
    }

    @Test
    void anUndoneItemCanBeCompletedAgain() {
        progress.complete(hire, LAPTOP, by("U1", 1, CompletionMethod.TEXT));
        progress.undo(hire, LAPTOP, by("U1", 2, CompletionMethod.TEXT));
        Completion again = by("U1", 3, CompletionMethod.BUTTON);
        assertThat(progress.complete(hire, LAPTOP, again)).isTrue();
        assertThat(state(LAPTOP).completion()).contains(again);
    }

    @Test
    void historyKeepsTheOrderOfAppendsAcrossItems() {
        progress.complete(hire, COFFEE, by("U1", 5, CompletionMethod.TEXT));
        progress.complete(hire, LAPTOP, by("U1", 1, CompletionMethod.TEXT));
        progress.undo(hire, COFFEE, by("U1", 2, CompletionMethod.TEXT));
        assertThat(progress.historyOf(hire))
                .extracting(event -> event.itemKey().value() + " " + event.type())
                .containsExactly("coffee.buddy COMPLETED", "laptop COMPLETED", "coffee.buddy UNDONE");
    }

    @Test
    void markReleasedKeepsTheFirstInstant() {
        Instant first = DAY_ONE.plusSeconds(5);
        progress.markReleased(hire, List.of(LAPTOP), first);
        progress.markReleased(hire, List.of(LAPTOP, ACCOUNTS), first.plusSeconds(3600));
        assertThat(state(LAPTOP).releasedAt()).contains(first);
        assertThat(state(ACCOUNTS).releasedAt()).contains(first.plusSeconds(3600));
        assertThat(state(COFFEE).releasedAt()).isEmpty();
    }

    @Test
    void theHiresWithItemsToReleaseAreThoseWithAnUnreleasedItemWhoseTimeHasCome() {
        HireId later = HireId.random();
        givenHire(later);
        progress.addPlan(List.of(item(later, LAPTOP, 1, DAY_ONE.plusSeconds(7 * 86_400))));

        assertThat(progress.withItemsToRelease(DAY_ONE.minusSeconds(1))).isEmpty();
        assertThat(progress.withItemsToRelease(DAY_ONE)).containsExactly(hire);
        progress.markReleased(hire, List.of(LAPTOP, ACCOUNTS), DAY_ONE);
        assertThat(progress.withItemsToRelease(DAY_ONE))
                .as("all of day one released")
                .isEmpty();
        assertThat(progress.withItemsToRelease(DAY_ONE.plusSeconds(86_400))).containsExactly(hire);
        assertThat(progress.withItemsToRelease(DAY_ONE.plusSeconds(7 * 86_400))).containsExactlyInAnyOrder(hire, later);
    }

    @Test
    void theHiresWithOverdueItemsAreThoseWithAReleasedItemNotDoneWhoseDueTimeHasCome() {
        Instant due = DAY_ONE.plusSeconds(3 * 86_400);
        HireId other = HireId.random();
        givenHire(other);
        progress.addPlan(List.of(item(other, LAPTOP, 1, DAY_ONE)));

        assertThat(progress.withOverdueItems(due)).as("nothing released yet").isEmpty();
        progress.markReleased(hire, List.of(LAPTOP, ACCOUNTS), DAY_ONE);
        assertThat(progress.withOverdueItems(due.minusSeconds(1))).isEmpty();
        assertThat(progress.withOverdueItems(due)).containsExactly(hire);
        progress.complete(hire, LAPTOP, by("U1", 5, CompletionMethod.TEXT));
        assertThat(progress.withOverdueItems(due)).as("one of the two done").containsExactly(hire);
        progress.complete(hire, ACCOUNTS, by("U1", 6, CompletionMethod.TEXT));
        assertThat(progress.withOverdueItems(due)).as("both done").isEmpty();
    }

    @Test
    void markReleasedWithNoItemsChangesNothing() {
        progress.markReleased(hire, List.of(), DAY_ONE);
        assertThat(progress.itemsOf(hire)).noneMatch(ItemState::isReleased);
    }

    @Test
    void replanMovesOnlyItemsNotYetReleased() {
        progress.markReleased(hire, List.of(LAPTOP), DAY_ONE);
        Instant later = DAY_ONE.plusSeconds(7 * 86_400);
        progress.replan(hire, List.of(item(hire, LAPTOP, 1, later), item(hire, COFFEE, 3, later)));
        assertThat(state(LAPTOP).releaseAt()).isEqualTo(DAY_ONE);
        assertThat(state(COFFEE).releaseAt()).isEqualTo(later);
        assertThat(state(COFFEE).dueAt()).isEqualTo(later.plusSeconds(3 * 86_400));
        assertThat(state(ACCOUNTS).releaseAt()).isEqualTo(DAY_ONE);
    }

    @Test
    void concurrentCompletionsOfOneItemStoreOneEvent() throws Exception {
        int completed = Race.timesTrue(12, () -> progress.complete(hire, LAPTOP, by("U1", 1, CompletionMethod.BUTTON)));
        assertThat(completed).isEqualTo(1);
        assertThat(progress.historyOf(hire)).hasSize(1);
    }
}
