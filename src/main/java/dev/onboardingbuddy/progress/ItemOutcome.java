package dev.onboardingbuddy.progress;

/** What happened to one item a hire named. */
public record ItemOutcome(int number, String title, Result result) {

    public enum Result {
        COMPLETED,
        ALREADY_DONE,
        REOPENED,
        WAS_NOT_DONE,
        NOT_RELEASED_YET,
        /** A manager's item (a review): the hire cannot tick or reopen it. */
        MANAGERS_ITEM,
        NO_SUCH_ITEM
    }

    public boolean changed() {
        return result == Result.COMPLETED || result == Result.REOPENED;
    }
}
