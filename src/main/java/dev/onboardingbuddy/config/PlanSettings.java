package dev.onboardingbuddy.config;

import dev.onboardingbuddy.timeline.ReminderPolicy;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** When and how things are sent, and the defaults of a new enrolment. */
public record PlanSettings(
        LocalTime sendTime,
        LocalTime quietHoursStart,
        LocalTime quietHoursEnd,
        ReminderPolicy reminders,
        String defaultTemplate,
        String defaultCalendar,
        ZoneId defaultTimeZone,
        Duration outboxLease,
        OutboxSettings outbox) {}
