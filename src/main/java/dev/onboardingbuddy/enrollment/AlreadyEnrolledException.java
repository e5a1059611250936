package dev.onboardingbuddy.enrollment;

/** The person is already on a programme; enrolling them again would double every message. */
public final class AlreadyEnrolledException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ChatUserId user;

    public AlreadyEnrolledException(ChatUserId user) {
        super(user + " is already enrolled");
        this.user = user;
    }

    public ChatUserId user() {
        return user;
    }
}
