package dev.onboardingbuddy.timeline;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working calendars the bot knows, by id. Always holds {@code default} (Monday to Friday, no holidays), so a
 * hire without a calendar still gets working days. Immutable, so safe to share between threads.
 */
public final class CalendarCatalog {
    private final Map<String, WorkingCalendar> byId;

    /** @throws IllegalArgumentException when two calendars share an id or one claims the id {@code default} */
    public CalendarCatalog(Collection<WorkingCalendar> calendars) {
        Map<String, WorkingCalendar> map = new TreeMap<>();
        map.put(WorkingCalendar.DEFAULT_ID, WorkingCalendar.mondayToFriday());
        for (WorkingCalendar calendar : calendars) {
            if (map.putIfAbsent(calendar.id(), calendar) != null) {
                throw new IllegalArgumentException("calendar '" + calendar.id() + "' is given twice or is reserved");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    public static CalendarCatalog defaultOnly() {
        return new CalendarCatalog(List.of());
    }

    public Optional<WorkingCalendar> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** For ids typed by people: the message lists what they could have typed. */
    public WorkingCalendar require(String id) {
        WorkingCalendar calendar = byId.get(id);
        if (calendar == null) {
            throw new IllegalArgumentException(
                    "unknown calendar '" + id + "'; choose one of: " + String.join(", ", ids()));
        }
        return calendar;
    }

    public SortedSet<String> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byId.keySet()));
    }

    @Override
    public String toString() {
        return "CalendarCatalog" + ids();
    }
}
