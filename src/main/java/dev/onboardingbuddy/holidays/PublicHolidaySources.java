package dev.onboardingbuddy.holidays;

import dev.onboardingbuddy.timeline.HolidaySource;
import java.time.LocalDate;
import java.util.Set;

/**
 * The public holidays the bot knows: Israel from the Hebrew calendar, every other country and region from Jollyday
 * (which has no Israel). Thread-safe.
 */
public final class PublicHolidaySources implements HolidaySource {
    private final HolidaySource israel = new HebrewCalendarHolidays();
    private final HolidaySource jollyday = new JollydayHolidays();

    private PublicHolidaySources() {}

    public static HolidaySource standard() {
        return new PublicHolidaySources();
    }

    @Override
    public boolean knows(String region) {
        return israel.knows(region) || jollyday.knows(region);
    }

    @Override
    public Set<LocalDate> holidays(String region, int year) {
        return israel.knows(region) ? israel.holidays(region, year) : jollyday.holidays(region, year);
    }
}
