package dev.onboardingbuddy.msteams;

import java.time.Instant;
import java.util.Optional;

/**
 * What the bot has learned of each Teams user from their activities: where to reach them, who they are and their
 * time zone. A bot can message a person proactively only through such a reference. Thread-safe.
 */
public interface TeamsDirectory {

    /**
     * @param conversationId their personal chat with the bot, once known
     * @param timeZone the IANA zone their Teams client reported, if any
     */
    record Entry(
            String userId,
            Optional<String> aadObjectId,
            String name,
            String serviceUrl,
            Optional<String> tenantId,
            Optional<String> conversationId,
            Optional<String> timeZone) {}

    /** Stores what an activity said; fields it did not carry keep their earlier values. */
    void remember(Entry seen, Instant at);

    Optional<Entry> find(String userId);

    /** Learns a person's name from a mention of them, without touching what their own activities told. */
    default void rememberName(String userId, String name, String serviceUrl, Instant at) {
        if (!name.isBlank()) {
            remember(
                    new Entry(
                            userId,
                            Optional.empty(),
                            name,
                            find(userId).map(Entry::serviceUrl).orElse(serviceUrl),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()),
                    at);
        }
    }

    /**
     * Learns the addresses the Connector's member call gave for a person, kept in lower case; an absent one keeps what
     * was known. Creates the person's entry when they never wrote to the bot.
     */
    void rememberAddresses(String userId, String serviceUrl, Optional<String> email, Optional<String> upn, Instant at);

    /** The Teams user id of the person whose e-mail address or user principal name this is, ignoring case. */
    Optional<String> findByAddress(String address);
}
