package dev.onboardingbuddy.slack.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message the bot posted through {@link FakeSlackApi}, as {@code conversations.history} will return it.
 *
 * @param blocks   the posted Block Kit blocks, or null
 * @param metadata Slack message metadata ({@code event_type}, {@code event_payload}), or null
 * @param threadTs the parent's ts for a reply in a thread, or null
 */
public record RecordedMessage(
        String channel, String ts, String text, JsonNode blocks, JsonNode metadata, String threadTs) {

    RecordedMessage updated(String newText, JsonNode newBlocks) {
        return new RecordedMessage(
                channel,
                ts,
                newText == null ? text : newText,
                newBlocks == null ? blocks : newBlocks,
                metadata,
                threadTs);
    }
}
