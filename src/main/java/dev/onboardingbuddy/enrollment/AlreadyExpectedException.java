package dev.onboardingbuddy.enrollment;

/** HR announced this person already and they are still expected; a second record would enrol them twice. */
public final class AlreadyExpectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlreadyExpectedException(String who) {
        super(who + " is already expected");
    }
}
