package dev.onboardingbuddy.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.onboardingbuddy.timeline.HolidaySource;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Public holidays from Jollyday's rules (90+ countries, with their states, provinces and some cities): {@code de-by}
 * is Jollyday's calendar {@code de} with the subdivision {@code by}; {@code de-by-mu} adds Munich. Only
 * {@link HolidayType#PUBLIC_HOLIDAY}s count, not observances, and a holiday counts on the day it is observed (the
 * US Independence Day on a Sunday is the Monday after). Thread-safe: Jollyday caches one manager per country;
 * calls are serialised, being rare (once per region and year) and Jollyday promising nothing about threads.
 */
final class JollydayHolidays implements HolidaySource {

    @Override
    public synchronized boolean knows(String region) {
        String[] parts = parts(region);
        if (parts.length == 0
                || !HolidayManager.getSupportedCalendarCodes().contains(parts[0].toUpperCase(Locale.ROOT))) {
            return false;
        }
        CalendarHierarchy level = manager(parts[0]).getCalendarHierarchy();
        for (String subdivision : Arrays.copyOfRange(parts, 1, parts.length)) {
            Map<String, CalendarHierarchy> children = level.getChildren();
            level = children == null ? null : children.get(subdivision);
            if (level == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized Set<LocalDate> holidays(String region, int year) {
        if (!knows(region)) {
            throw new IllegalArgumentException("Jollyday knows no holidays for '" + region + "'");
        }
        String[] parts = parts(region);
        return manager(parts[0])
                .getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, Arrays.copyOfRange(parts, 1, parts.length))
                .stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static HolidayManager manager(String country) {
        return HolidayManager.getInstance(ManagerParameters.create(country));
    }

    private static String[] parts(String region) {
        String code = region == null ? "" : region.strip().toLowerCase(Locale.ROOT);
        return code.isEmpty() ? new String[0] : code.split("-");
    }
}
