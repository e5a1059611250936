package dev.onboardingbuddy.progress;

/**
 * How many of a hire's items there are, are done, are due by now and are overdue, counted as the repository reads
 * them, so that a status of thousands of hires keeps no item in memory.
 *
 * @param dueByNow items whose due instant has passed, done or not
 * @param overdue items past their due instant and still open
 */
public record ItemCounts(int total, int done, int dueByNow, int overdue) {
    public static final ItemCounts NONE = new ItemCounts(0, 0, 0, 0);

    public Tally tally() {
        return new Tally(done, total, overdue);
    }

    /** The share of the items due by now that are still open; 0 when nothing is due yet (as {@link HireProgress}). */
    public double behind() {
        return dueByNow == 0 ? 0 : (double) overdue / dueByNow;
    }
}
