package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * When someone may be messaged about a hire without having asked: inside quiet hours on their own clock, on a
 * working day of the hire's calendar. Every sender of unprompted messages (releases, reminders, nudges,
 * introductions) asks here, so that the rule is written once.
 */
public final class SendWindow {
    private final QuietHours quietHours;
    private final CalendarCatalog calendars;
    private final RecipientZones zones;

    /** @param zones the zone of each person the bot messages about a hire: managers and colleagues keep their own */
    public SendWindow(QuietHours quietHours, CalendarCatalog calendars, RecipientZones zones) {
        this.quietHours = quietHours;
        this.calendars = calendars;
        this.zones = zones;
    }

    /** The zone {@code person} is messaged in about {@code hire}: their own, else the hire's. */
    public ZoneId zoneOf(ChatUserId person, Hire hire) {
        return person.equals(hire.user()) ? hire.zone() : zones.zoneOf(person, hire.zone());
    }

    /**
     * Reads the zones of these people, so that a later {@link #zoneOf} inside a transaction finds them cached instead
     * of asking the platform while holding a connection.
     */
    public void knowZonesOf(Collection<ChatUserId> people, Hire hire) {
        people.forEach(person -> zoneOf(person, hire));
    }

    /** As {@link #knowZonesOf(Collection, Hire)}, before there is a hire (their enrolment's own transaction). */
    public void knowZonesOf(Collection<ChatUserId> people) {
        people.forEach(person -> zones.zoneOf(person, ZoneOffset.UTC)); // the fallback is not what is cached
    }

    /** The calendar of the hire; a calendar file removed since enrolment falls back to Monday to Friday. */
    public WorkingCalendar calendarOf(Hire hire) {
        return calendars.find(hire.calendarId()).orElseGet(WorkingCalendar::mondayToFriday);
    }

    /** The first instant from {@code wanted} (or now, if later) at which {@code person} may be messaged. */
    public Instant notBefore(Instant wanted, Instant now, ChatUserId person, Hire hire) {
        return quietHours.nextAllowed(wanted.isAfter(now) ? wanted : now, zoneOf(person, hire), calendarOf(hire));
    }

    /** The first instant from now at which {@code person} may be messaged. */
    public Instant notBefore(Instant now, ChatUserId person, Hire hire) {
        return notBefore(now, now, person, hire);
    }

    /** Whether {@code person} may be messaged right now. */
    public boolean isOpen(Instant now, ChatUserId person, Hire hire) {
        return notBefore(now, person, hire).equals(now);
    }

    public QuietHours quietHours() {
        return quietHours;
    }
}
