package dev.onboardingbuddy.notification;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The conversations whose pace told a message to wait, and until when, so that claims leave them out until then. A
 * claim that took a paced conversation's backlog would send one or three of it and defer the rest, a write each, and
 * the next claim would take the next part of the backlog and defer that too: a few thousand reminders for one
 * managers' channel were claimed and deferred over and over while they went out one a second. Per process, as the
 * pace is; another instance may still claim such a conversation, and its own pace defers it. Thread-safe.
 */
final class PacedConversations {
    /**
     * Messages of one conversation per claim: no platform lets more go in a row (Teams: 7 a second in a conversation;
     * Slack: 3 in any 3 seconds in a channel).
     */
    static final int MOST_AT_ONCE = 8;

    /** Past this many, a claim's query would carry a long list; the rest are claimed and deferred as before. */
    private static final int MOST_LEFT_OUT = 1_000;

    private final Map<String, Instant> waiting = new ConcurrentHashMap<>();

    /** A message to {@code address} was told to wait until {@code until}; so are the ones after it. */
    void waitsUntil(String address, Instant until) {
        waiting.merge(address, until, (old, asked) -> asked.isAfter(old) ? asked : old);
    }

    /** {@code busy} and the conversations still waiting at {@code now}; forgets those whose turn has come. */
    Set<String> leftOut(Set<String> busy, Instant now) {
        waiting.values().removeIf(until -> !until.isAfter(now));
        if (waiting.isEmpty()) {
            return busy;
        }
        Set<String> leftOut = new HashSet<>(busy);
        waiting.keySet().stream().limit(MOST_LEFT_OUT).forEach(leftOut::add);
        return leftOut;
    }
}
