package dev.onboardingbuddy.timeline;

/**
 * How managers are reminded: a heads-up some working days before, one on the day, then overdue reminders every few
 * working days up to a cap, then silence.
 */
public record ReminderPolicy(int headsUpWorkingDays, int overdueEveryWorkingDays, int overdueCap) {
    public static final ReminderPolicy DEFAULT = new ReminderPolicy(2, 2, 3);

    public ReminderPolicy {
        if (headsUpWorkingDays < 0 || overdueEveryWorkingDays < 1 || overdueCap < 0) {
            throw new IllegalArgumentException(
                    "reminder policy needs heads-up >= 0, overdue interval >= 1 and cap >= 0 working days");
        }
    }
}
