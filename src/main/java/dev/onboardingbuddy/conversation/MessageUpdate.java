package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.notification.ChatMessage;
import java.util.Objects;

/** A sent message as it should look now, and the platform's reference to update it by. */
public record MessageUpdate(String deliveryRef, ChatMessage content) {
    public MessageUpdate {
        Objects.requireNonNull(deliveryRef, "deliveryRef");
        Objects.requireNonNull(content, "content");
    }
}
