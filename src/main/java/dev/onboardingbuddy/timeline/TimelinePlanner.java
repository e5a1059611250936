package dev.onboardingbuddy.timeline;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKind;
import dev.onboardingbuddy.checklist.Period;
import dev.onboardingbuddy.checklist.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a template and a start date into instants. Pure and thread-safe: the same inputs give the same plan.
 *
 * <p>Day 1 is the start date. A release on a non-working day moves forward to the next working day; a due date on a
 * non-working day moves back to the last working day before it, but never before the item's own release. Everything
 * is sent at the local send time in the hire's zone; across a DST gap {@link ZonedDateTime} moves it forward.
 */
public final class TimelinePlanner {
    private final LocalTime sendTime;
    private final ReminderPolicy policy;

    public TimelinePlanner(LocalTime sendTime, ReminderPolicy policy) {
        this.sendTime = Objects.requireNonNull(sendTime, "sendTime");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The local time at which everything is sent, on the clock of whoever it is for. */
    public LocalTime sendTime() {
        return sendTime;
    }

    public Timeline plan(ChecklistTemplate template, LocalDate start, ZoneId zone, WorkingCalendar calendar) {
        HireDays days = new HireDays(start, zone, calendar);
        List<PlannedItem> items = new ArrayList<>();
        List<PlannedReminder> reminders = new ArrayList<>();
        int number = 0;
        for (Section section : template.sections()) {
            for (ChecklistItem item : section.items()) {
                PlannedItem planned = planItem(item, section, ++number, days);
                items.add(planned);
                reminderDue(planned, days).ifPresent(due -> addOccurrences(planned, due, days, reminders));
            }
        }
        return new Timeline(items, reminders);
    }

    private PlannedItem planItem(ChecklistItem item, Section section, int number, HireDays days) {
        LocalDate release = days.calendar.onOrAfter(days.dateOf(item.release().firstDay()));
        LocalDate due = days.calendar.onOrBefore(days.dateOf(item.due().lastDay()));
        if (due.isBefore(release)) {
            due = release;
        }
        return new PlannedItem(item, section, number, release, days.at(release, sendTime), due, days.endOf(due));
    }

    /** Reviews remind on their due date, responsibilities on their "review with manager" week, meetings on theirs. */
    private Optional<Due> reminderDue(PlannedItem planned, HireDays days) {
        ChecklistItem item = planned.item();
        if (item.kind() == ItemKind.REVIEW) {
            return Optional.of(new Due(ReminderKind.REVIEW, planned.dueDate()));
        }
        if (item.managerReview().isPresent()) {
            return Optional.of(new Due(
                    ReminderKind.REVIEW, lastWorkingDayOf(item.managerReview().get(), days)));
        }
        if (item.relationship().isPresent()) {
            return Optional.of(new Due(ReminderKind.MEETING, planned.dueDate()));
        }
        return Optional.empty();
    }

    private LocalDate lastWorkingDayOf(Period period, HireDays days) {
        LocalDate last = days.calendar.onOrBefore(days.dateOf(period.lastDay()));
        LocalDate first = days.dateOf(period.firstDay());
        return last.isBefore(first) ? days.calendar.onOrAfter(first) : last;
    }

    private void addOccurrences(PlannedItem planned, Due due, HireDays days, List<PlannedReminder> out) {
        LocalDate headsUp = days.calendar.plusWorkingDays(due.date, -policy.headsUpWorkingDays());
        if (policy.headsUpWorkingDays() > 0 && !headsUp.isBefore(days.start)) {
            out.add(reminder(planned, due, ReminderStage.HEADS_UP, 0, headsUp, days));
        }
        out.add(reminder(planned, due, ReminderStage.DUE, 0, due.date, days));
        LocalDate overdue = due.date;
        for (int occurrence = 1; occurrence <= policy.overdueCap(); occurrence++) {
            overdue = days.calendar.plusWorkingDays(overdue, policy.overdueEveryWorkingDays());
            out.add(reminder(planned, due, ReminderStage.OVERDUE, occurrence, overdue, days));
        }
    }

    private PlannedReminder reminder(
            PlannedItem planned, Due due, ReminderStage stage, int occurrence, LocalDate date, HireDays days) {
        return new PlannedReminder(
                planned.item(),
                planned.section(),
                due.kind,
                stage,
                occurrence,
                date,
                days.at(date, sendTime),
                due.date);
    }

    private record Due(ReminderKind kind, LocalDate date) {}

    private record HireDays(LocalDate start, ZoneId zone, WorkingCalendar calendar) {
        LocalDate dateOf(int programmeDay) {
            return start.plusDays(programmeDay - 1L);
        }

        Instant at(LocalDate date, LocalTime time) {
            return ZonedDateTime.of(date, time, zone).toInstant();
        }

        Instant endOf(LocalDate date) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }
}
