package dev.onboardingbuddy.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a day is written in every message, such as "Mon 7 Dec": short, unambiguous in any English, no year. */
public final class DayFormat {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private DayFormat() {}

    public static String of(LocalDate day) {
        return DAY.format(day);
    }
}
