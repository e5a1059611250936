package dev.onboardingbuddy.progress;

/** Progress in numbers: {@code done/total} of the hire's own items, and how many are overdue. */
public record Tally(int done, int total, int overdue) {
    public String fraction() {
        return done + "/" + total;
    }
}
