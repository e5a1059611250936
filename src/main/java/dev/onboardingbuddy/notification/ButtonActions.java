package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import java.time.LocalDate;

/**
 * The chat-neutral names of what buttons do, and the one codec of the values they carry back: written when a message
 * is built, read when a button is pressed, on any platform.
 */
public final class ButtonActions {
    public static final String ITEM_DONE = "item_done";
    public static final String SNOOZE = "snooze";
    public static final String REVIEW_HELD = "review_held";
    public static final String MEETING_MET = "meeting_met";

    private ButtonActions() {}

    public static String itemValue(HireId hire, ItemKey item) {
        return hire.value() + "|" + item.value();
    }

    /** Reads a value made by {@link #itemValue}; the message says what was wrong with it. */
    public static ItemRef parseItemValue(String value) {
        String[] parts = value == null ? new String[0] : value.split("\\|", -1);
        if (parts.length != 2 || parts[0].isBlank() || !ItemKey.isValid(parts[1])) {
            throw new IllegalArgumentException("not an item button value: '" + value + "'");
        }
        return new ItemRef(new HireId(parts[0]), new ItemKey(parts[1]));
    }

    /** A snooze button's value: the item and the days it is put off by. */
    public static String snoozeValue(HireId hire, ItemKey item, int days) {
        return itemValue(hire, item) + "|" + days;
    }

    /** Reads a value made by {@link #snoozeValue}; a snooze lasts 1, 3 or 7 days. */
    public static Snooze parseSnooze(String value) {
        int bar = value == null ? -1 : value.lastIndexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("not a snooze value: '" + value + "'");
        }
        int days;
        try {
            days = Integer.parseInt(value.substring(bar + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a snooze value: '" + value + "'");
        }
        if (days != 1 && days != 3 && days != 7) {
            throw new IllegalArgumentException("a snooze lasts 1, 3 or 7 days, not " + days);
        }
        return new Snooze(parseItemValue(value.substring(0, bar)), days);
    }

    public record ItemRef(HireId hire, ItemKey item) {}

    public record Snooze(ItemRef item, int days) {
        public LocalDate until(LocalDate today) {
            return today.plusDays(days);
        }
    }
}
