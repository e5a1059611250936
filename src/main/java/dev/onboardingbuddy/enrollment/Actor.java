package dev.onboardingbuddy.enrollment;

/**
 * Who asks for a change: a person in a chat, or an HR system calling the HTTP API with a key. Use cases authorise
 * and audit by actor, so the API needs no chat id of its own. The stored form of a person is their
 * {@link ChatUserId#stored()}; an API client's carries a prefix no chat id can start with.
 */
public sealed interface Actor permits ChatUserId, ApiClient {

  /** The one-column text form kept in the audit trail and the hires table. */
  String stored();

  static Actor fromStored(String stored) {
    return stored.startsWith(ApiClient.PREFIX) ? new ApiClient(stored.substring(ApiClient.PREFIX.length()))
        : ChatUserId.fromStored(stored);
  }
}
