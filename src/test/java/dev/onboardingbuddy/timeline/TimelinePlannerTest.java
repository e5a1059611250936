package dev.onboardingbuddy.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.checklist.ItemKind;
import dev.onboardingbuddy.checklist.Owner;
import dev.onboardingbuddy.checklist.Period;
import dev.onboardingbuddy.checklist.Relationship;
import dev.onboardingbuddy.checklist.Section;
import dev.onboardingbuddy.checklist.TemplateId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TimelinePlannerTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private final TimelinePlanner planner = new TimelinePlanner(NINE, ReminderPolicy.DEFAULT);
    private final WorkingCalendar weekdays = WorkingCalendar.mondayToFriday();

    private static ChecklistTemplate template(ChecklistItem... items) {
        return new ChecklistTemplate(
                new TemplateId("t"),
                1,
                "Role",
                "",
                "",
                90,
                List.of(new Section("s", "Section", "", List.of(items))),
                List.of());
    }

    private static ChecklistItem review(String key, Period when) {
        return new ChecklistItem(
                new ItemKey(key),
                key,
                "",
                ItemKind.REVIEW,
                Owner.MANAGER,
                when,
                when,
                List.of(),
                List.of("criterion"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static ChecklistItem meeting(String key, Period within) {
        Relationship relationship = new Relationship("QA Engineer", "Collaborates with", within, "styles", "daily");
        return new ChecklistItem(
                new ItemKey(key),
                key,
                "",
                ItemKind.RELATIONSHIP,
                Owner.HIRE,
                Period.day(within.firstDay()),
                within,
                List.of(),
                List.of(),
                Optional.of(relationship),
                Optional.empty(),
                Optional.empty());
    }

    private PlannedItem only(Timeline timeline) {
        assertThat(timeline.items()).hasSize(1);
        return timeline.items().get(0);
    }

    @Test
    void weekOneIsReleasedAtNineLocalTimeOnTheStartDate() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        PlannedItem item = only(planner.plan(
                template(ChecklistItem.task("a", "A", Period.week(1), Period.week(1))), monday, BERLIN, weekdays));

        assertThat(item.releaseAt())
                .isEqualTo(ZonedDateTime.of(monday, NINE, BERLIN).toInstant());
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(item.dueAt())
                .isEqualTo(LocalDate.of(2026, 12, 12).atStartOfDay(BERLIN).toInstant());
    }

    @Test
    void aFridayStartPutsWeekTwoOnTheNextFridayAndDueDatesOnWorkingDays() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        PlannedItem item = only(planner.plan(
                template(ChecklistItem.task("b", "B", Period.week(2), Period.week(2))), friday, BERLIN, weekdays));

        // week 2 is days 8..14: Friday 11 Dec to Thursday 17 Dec
        assertThat(item.releaseDate()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 17));
    }

    @Test
    void aReleaseOnAWeekendMovesForwardAndADueDateOnAWeekendMovesBack() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        PlannedItem item = only(planner.plan(
                template(ChecklistItem.task("c", "C", Period.day(2), Period.day(9))), friday, BERLIN, weekdays));

        assertThat(item.releaseDate()).isEqualTo(LocalDate.of(2026, 12, 7)); // Saturday -> Monday
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 11)); // Saturday 12 -> Friday 11
    }

    @Test
    void aDueDateNeverMovesBeforeItsRelease() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        PlannedItem item = only(planner.plan(
                template(ChecklistItem.task("d", "D", Period.day(2), Period.day(2))), friday, BERLIN, weekdays));

        assertThat(item.dueDate()).isEqualTo(item.releaseDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aStartOnAHolidayReleasesWeekOneOnTheNextWorkingDay() {
        LocalDate newYear = LocalDate.of(2027, 1, 1); // a Friday
        WorkingCalendar calendar = new WorkingCalendar(
                "de", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>(Set.of(newYear)));
        PlannedItem item = only(planner.plan(
                template(ChecklistItem.task("e", "E", Period.week(1), Period.week(1))), newYear, BERLIN, calendar));

        assertThat(item.releaseDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(item.releaseAt())
                .isEqualTo(ZonedDateTime.of(2027, 1, 4, 9, 0, 0, 0, BERLIN).toInstant());
    }

    @Test
    void aDstSwitchInWeekTwoKeepsNineOClockLocalTime() {
        LocalDate start = LocalDate.of(2027, 3, 22); // Berlin moves to summer time on Sunday 28 March 2027
        Timeline timeline = planner.plan(
                template(
                        ChecklistItem.task("w1", "W1", Period.week(1), Period.week(1)),
                        ChecklistItem.task("w2", "W2", Period.week(2), Period.week(2))),
                start,
                BERLIN,
                weekdays);

        assertThat(timeline.items().get(0).releaseAt()).hasToString("2027-03-22T08:00:00Z");
        assertThat(timeline.items().get(1).releaseAt()).hasToString("2027-03-29T07:00:00Z");
    }

    @Test
    void hiresInTokyoAndLosAngelesEachGetTheirOwnNineOClock() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        ChecklistTemplate template = template(ChecklistItem.task("a", "A", Period.week(1), Period.week(1)));

        PlannedItem tokyo = only(planner.plan(template, monday, ZoneId.of("Asia/Tokyo"), weekdays));
        PlannedItem losAngeles = only(planner.plan(template, monday, ZoneId.of("America/Los_Angeles"), weekdays));

        assertThat(tokyo.releaseAt()).hasToString("2026-12-07T00:00:00Z");
        assertThat(losAngeles.releaseAt()).hasToString("2026-12-07T17:00:00Z");
    }

    @Test
    void aSundayToThursdayWeekReleasesOnSundayAndSkipsFridayAndSaturday() {
        WorkingCalendar sundayToThursday = new WorkingCalendar(
                "il",
                EnumSet.of(
                        DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                new TreeSet<>());
        LocalDate friday = LocalDate.of(2026, 12, 4);
        PlannedItem item = only(planner.plan(
                template(ChecklistItem.task("a", "A", Period.week(1), Period.week(1))),
                friday,
                ZoneId.of("Asia/Jerusalem"),
                sundayToThursday));

        assertThat(item.releaseDate()).isEqualTo(LocalDate.of(2026, 12, 6)); // Sunday
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 10)); // Thursday, day 7
    }

    @Test
    void itemsAreNumberedAcrossSectionsInTemplateOrder() {
        ChecklistTemplate template = new ChecklistTemplate(
                new TemplateId("t"),
                1,
                "Role",
                "",
                "",
                90,
                List.of(
                        new Section(
                                "one",
                                "One",
                                "",
                                List.of(ChecklistItem.task("a", "A", Period.week(1), Period.week(1)))),
                        new Section(
                                "two",
                                "Two",
                                "",
                                List.of(
                                        ChecklistItem.task("b", "B", Period.week(2), Period.week(2)),
                                        ChecklistItem.task("c", "C", Period.week(2), Period.week(3))))),
                List.of());

        Timeline timeline = planner.plan(template, LocalDate.of(2026, 12, 7), BERLIN, weekdays);

        assertThat(timeline.items()).extracting(PlannedItem::number).containsExactly(1, 2, 3);
        assertThat(timeline.items()).extracting(p -> p.section().id()).containsExactly("one", "two", "two");
    }

    @Test
    void aReviewRemindsTheManagerTwoWorkingDaysAheadOnTheDayAndThreeTimesOverdue() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        Timeline timeline = planner.plan(template(review("r30", Period.day(30))), monday, BERLIN, weekdays);

        // day 30 is Tuesday 5 January 2027
        assertThat(timeline.reminders())
                .extracting(PlannedReminder::stage, PlannedReminder::date)
                .containsExactly(
                        Tuple.tuple(ReminderStage.HEADS_UP, LocalDate.of(2027, 1, 1)),
                        Tuple.tuple(ReminderStage.DUE, LocalDate.of(2027, 1, 5)),
                        Tuple.tuple(ReminderStage.OVERDUE, LocalDate.of(2027, 1, 7)),
                        Tuple.tuple(ReminderStage.OVERDUE, LocalDate.of(2027, 1, 11)),
                        Tuple.tuple(ReminderStage.OVERDUE, LocalDate.of(2027, 1, 13)));
        assertThat(timeline.reminders()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(ReminderKind.REVIEW));
        assertThat(timeline.reminders())
                .extracting(PlannedReminder::occurrenceKey)
                .doesNotHaveDuplicates()
                .contains("r30:review:2027-01-05:due", "r30:review:2027-01-05:overdue-3");
    }

    @Test
    void aMeetingReminderFallsOnTheLastWorkingDayOfItsMeetWithinWindow() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        Timeline timeline = planner.plan(template(meeting("meet-qa", Period.weeks(3, 4))), monday, BERLIN, weekdays);

        PlannedReminder due = timeline.reminders().stream()
                .filter(r -> r.stage() == ReminderStage.DUE)
                .findFirst()
                .orElseThrow();
        assertThat(due.kind()).isEqualTo(ReminderKind.MEETING);
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(due.at())
                .isEqualTo(ZonedDateTime.of(2027, 1, 1, 9, 0, 0, 0, BERLIN).toInstant());
    }

    @Test
    void aResponsibilityRemindsOnItsReviewWithManagerWeekEvenBeforeItsRelease() {
        ChecklistItem ownership = new ChecklistItem(
                new ItemKey("own-api"),
                "API",
                "",
                ItemKind.RESPONSIBILITY,
                Owner.HIRE,
                new Period(61, 90),
                new Period(61, 90),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(Period.week(4)));
        Timeline timeline = planner.plan(template(ownership), LocalDate.of(2026, 12, 7), BERLIN, weekdays);

        assertThat(timeline.reminders())
                .filteredOn(r -> r.stage() == ReminderStage.DUE)
                .singleElement()
                .satisfies(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aPlainTaskRaisesNoManagerReminder() {
        Timeline timeline = planner.plan(
                template(ChecklistItem.task("a", "A", Period.week(1), Period.week(1))),
                LocalDate.of(2026, 12, 7),
                BERLIN,
                weekdays);

        assertThat(timeline.reminders()).isEmpty();
    }

    @Test
    void aHeadsUpThatWouldFallBeforeTheStartIsLeftOut() {
        Timeline timeline =
                planner.plan(template(review("w1", Period.day(1))), LocalDate.of(2026, 12, 7), BERLIN, weekdays);

        assertThat(timeline.reminders()).extracting(PlannedReminder::stage).doesNotContain(ReminderStage.HEADS_UP);
    }
}
