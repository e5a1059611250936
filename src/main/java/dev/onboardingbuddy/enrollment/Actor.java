package dev.onboardingbuddy.enrollment;

/**
 * Who asks for a change: a person in a chat, an HR system calling the HTTP API with a key, or an operator's
 * command line tool. Use cases authorise
 * and audit by actor, so the API needs no chat id of its own. The stored form of a person is their
 * {@link ChatUserId#stored()}; an API client's carries a prefix no chat id can start with.
 */
public sealed interface Actor permits ChatUserId, ApiClient, Operator {

    /** The one-column text form kept in the audit trail and the hires table. */
    String stored();

    static Actor fromStored(String stored) {
        if (stored.startsWith(ApiClient.PREFIX)) {
            return new ApiClient(stored.substring(ApiClient.PREFIX.length()));
        }
        return stored.startsWith(Operator.PREFIX)
                ? new Operator(stored.substring(Operator.PREFIX.length()))
                : ChatUserId.fromStored(stored);
    }
}
