package dev.onboardingbuddy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.testing.InMemoryProgressRepository;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompleteItemsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final ChecklistTemplate TEMPLATE = new ChecklistFiles()
            .load(Path.of("config/checklists/backend-engineer.yaml"))
            .orElseThrow();

    private final MutableClock clock = new MutableClock(
            LocalDate.of(2026, 12, 14).atTime(10, 0).atZone(BERLIN).toInstant());
    private final InMemoryProgressRepository progress = new InMemoryProgressRepository();
    private final CompleteItems complete =
            new CompleteItems(new HireItemsLoader(new TemplateCatalog(List.of(TEMPLATE)), progress), progress, clock);
    private Hire hire;
    private int reviewNumber;

    @BeforeEach
    void releaseEverythingDueBy42Days() {
        hire = Hires.anActiveHire()
                .on(TEMPLATE.id(), 1)
                .startingOn(START)
                .in(BERLIN)
                .enrolledAt(clock.instant())
                .build();
        progress.addPlan(ItemPlans.of(
                hire.id(),
                new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT)
                        .plan(TEMPLATE, START, BERLIN, WorkingCalendar.mondayToFriday())));
        progress.markReleased(
                hire.id(),
                progress.itemsOf(hire.id()).stream()
                        .filter(state -> !state.releaseAt().isAfter(clock.instant()))
                        .map(ItemState::itemKey)
                        .toList(),
                clock.instant());
        reviewNumber = progress.itemsOf(hire.id()).stream()
                .filter(state -> state.itemKey().value().equals("review-day-30"))
                .findFirst()
                .orElseThrow()
                .number();
    }

    @Test
    void aHireCannotTickTheManagersReviewSoItsRemindersGoOn() {
        CompletionOutcome outcome = complete.complete(hire, hire.user(), List.of(reviewNumber), CompletionMethod.TEXT);

        assertThat(outcome.items()).extracting(ItemOutcome::result).containsExactly(ItemOutcome.Result.MANAGERS_ITEM);
        assertThat(progress.historyOf(hire.id())).isEmpty();
    }

    @Test
    void theManagerMayCompleteTheirOwnReview() {
        CompletionOutcome outcome =
                complete.complete(hire, hire.manager(), List.of(reviewNumber), CompletionMethod.BUTTON);

        assertThat(outcome.items()).extracting(ItemOutcome::result).containsExactly(ItemOutcome.Result.COMPLETED);
    }

    @Test
    void aSecondCompletionOfTheSameItemStoresNothing() {
        complete.complete(hire, hire.user(), List.of(1), CompletionMethod.TEXT);
        CompletionOutcome again = complete.complete(hire, hire.user(), List.of(1), CompletionMethod.BUTTON);

        assertThat(again.items()).extracting(ItemOutcome::result).containsExactly(ItemOutcome.Result.ALREADY_DONE);
        assertThat(progress.historyOf(hire.id())).hasSize(1);
    }
}
