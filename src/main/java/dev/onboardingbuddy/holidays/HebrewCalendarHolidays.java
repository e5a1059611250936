package dev.onboardingbuddy.holidays;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.HebrewCalendar;
import dev.onboardingbuddy.timeline.HolidaySource;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.HashSet;
import java.util.Set;

/**
 * Israel's public holidays (region {@code il}), which follow the Hebrew calendar, computed with ICU4J: Rosh Hashanah
 * (1 and 2 Tishrei), Yom Kippur (10 Tishrei), Sukkot (15 Tishrei), Shemini Atzeret / Simchat Torah (22 Tishrei),
 * Pesach (15 and 21 Nisan), Shavuot (6 Sivan) and Independence Day (5 Iyar, moved as the law moves it: to the
 * Thursday before when 5 Iyar is a Friday or a Saturday, to the Tuesday when it is a Monday). Holidays begin at
 * sunset the evening before; the day off is the day itself. Eves and Chol HaMoed are not public holidays: list the
 * ones an office closes for in its YAML calendar. Thread-safe: each call uses its own ICU calendar.
 */
final class HebrewCalendarHolidays implements HolidaySource {
    static final String ISRAEL = "il";
    /** A Gregorian year's spring falls in Hebrew year {@code year + 3760}, its autumn in the next one. */
    private static final int HEBREW_YEAR_OF_SPRING = 3760;

    @Override
    public boolean knows(String region) {
        return ISRAEL.equals(region);
    }

    @Override
    public Set<LocalDate> holidays(String region, int year) {
        if (!knows(region)) {
            throw new IllegalArgumentException(
                    "the Hebrew calendar gives holidays for 'il' only, not '" + region + "'");
        }
        int spring = year + HEBREW_YEAR_OF_SPRING;
        int autumn = spring + 1;
        Set<LocalDate> days = new HashSet<>();
        days.add(date(spring, HebrewCalendar.NISAN, 15));
        days.add(date(spring, HebrewCalendar.NISAN, 21));
        days.add(independenceDay(spring));
        days.add(date(spring, HebrewCalendar.SIVAN, 6));
        days.add(date(autumn, HebrewCalendar.TISHRI, 1));
        days.add(date(autumn, HebrewCalendar.TISHRI, 2));
        days.add(date(autumn, HebrewCalendar.TISHRI, 10));
        days.add(date(autumn, HebrewCalendar.TISHRI, 15));
        days.add(date(autumn, HebrewCalendar.TISHRI, 22));
        return Set.copyOf(days);
    }

    /**
     * 5 Iyar, kept off the Sabbath and its eve; on a Monday it moves to Tuesday so that Memorial Day, the day before,
     * does not begin as the Sabbath ends.
     */
    static LocalDate independenceDay(int hebrewYear) {
        LocalDate fifthOfIyar = date(hebrewYear, HebrewCalendar.IYAR, 5);
        return switch (fifthOfIyar.getDayOfWeek()) {
            case FRIDAY -> fifthOfIyar.minusDays(1);
            case SATURDAY -> fifthOfIyar.minusDays(2);
            case MONDAY -> fifthOfIyar.plusDays(1);
            default -> fifthOfIyar;
        };
    }

    /** ICU numbers Hebrew months the same in every year (Adar I is month 5 and exists in leap years only). */
    static LocalDate date(int hebrewYear, int month, int day) {
        HebrewCalendar calendar = new HebrewCalendar();
        calendar.clear();
        calendar.set(hebrewYear, month, day);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
    }
}
