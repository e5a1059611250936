package dev.onboardingbuddy.persistence;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;

/**
 * The outbox payload: a {@link ChatMessage} as JSON. The core stays free of Jackson annotations; the sealed
 * {@link MessageBlock} gets its type names through a mix-in here. The names are stored in rows, so renaming a block
 * record is fine but changing a name below needs a migration. Recipients are not part of the payload: they are stored
 * in their own column as {@code Recipient.address()}, which is already a stable text form. Thread-safe.
 */
final class MessageJson {

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = MessageBlock.Header.class, name = "header"),
    @JsonSubTypes.Type(value = MessageBlock.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = MessageBlock.Context.class, name = "context"),
    @JsonSubTypes.Type(value = MessageBlock.ChecklistLine.class, name = "checklist_line"),
    @JsonSubTypes.Type(value = MessageBlock.Buttons.class, name = "buttons")
  })
  private interface MessageBlockMixIn {}

  // Rows queued by an older version must still be sendable after an upgrade that dropped a field.
  private final ObjectMapper mapper =
      new ObjectMapper()
          .addMixIn(MessageBlock.class, MessageBlockMixIn.class)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  String write(ChatMessage message) {
    try {
      return mapper.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a chat message as JSON", e);
    }
  }

  ChatMessage read(String json) {
    try {
      return mapper.readValue(json, ChatMessage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an outbox payload is not a chat message: " + e.getOriginalMessage(), e);
    }
  }
}
