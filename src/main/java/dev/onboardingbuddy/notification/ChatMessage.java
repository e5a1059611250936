package dev.onboardingbuddy.notification;

import java.util.List;
import java.util.Objects;

/**
 * The content of a message.
 *
 * @param text the fallback shown in notifications and by clients that cannot render blocks
 */
public record ChatMessage(Text text, List<MessageBlock> blocks) {
    public ChatMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks == null ? List.of() : blocks);
    }

    public static ChatMessage plain(String text) {
        return new ChatMessage(Text.plain(text), List.of());
    }

    /** A message that is just this text. */
    public static ChatMessage of(Text text) {
        return new ChatMessage(text, List.of());
    }
}
