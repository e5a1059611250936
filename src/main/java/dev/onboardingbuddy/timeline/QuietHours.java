package dev.onboardingbuddy.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** When people may be messaged unprompted: working days, between {@code start} and {@code end} local time. */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("quiet hours need a start before the end, not " + start + "-" + end);
        }
    }

    /** The instant itself when it is allowed, else the next allowed instant in the person's zone and calendar. */
    public Instant nextAllowed(Instant at, ZoneId zone, WorkingCalendar calendar) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (calendar.isWorkingDay(day) && !time.isBefore(start) && time.isBefore(end)) {
            return at;
        }
        LocalDate next = calendar.isWorkingDay(day) && time.isBefore(start) ? day : calendar.onOrAfter(day.plusDays(1));
        return ZonedDateTime.of(next, start, zone).toInstant();
    }
}
