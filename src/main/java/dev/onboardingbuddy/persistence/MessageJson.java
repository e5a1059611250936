package dev.onboardingbuddy.persistence;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import java.io.IOException;
import java.util.List;

/**
 * The outbox payload: a {@link ChatMessage} as JSON. The core stays free of Jackson annotations; the sealed
 * {@link MessageBlock} and {@link Span} get their type names through mix-ins here. The names are stored in rows, so
 * renaming a record is fine but changing a name below needs a migration. A {@link Text} is written as
 * {@code {"spans": [...]}}; a plain string where a text belongs is a row queued before texts had spans, Slack mrkdwn,
 * and is read by {@link LegacyMrkdwn}. A person is written in {@link ChatUserId#stored()} form. Recipients are not
 * part of the payload: they are stored in their own column as {@code Recipient.address()}, which is already a stable
 * text form. Thread-safe.
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

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Span.Plain.class, name = "plain"),
        @JsonSubTypes.Type(value = Span.Strong.class, name = "strong"),
        @JsonSubTypes.Type(value = Span.Emphasis.class, name = "emphasis"),
        @JsonSubTypes.Type(value = Span.Code.class, name = "code"),
        @JsonSubTypes.Type(value = Span.Link.class, name = "link"),
        @JsonSubTypes.Type(value = Span.Mention.class, name = "mention"),
        @JsonSubTypes.Type(value = Span.Command.class, name = "command"),
        @JsonSubTypes.Type(value = Span.Symbol.class, name = "symbol")
    })
    private interface SpanMixIn {}

    // Rows queued by an older version must still be sendable after an upgrade that dropped a field.
    private final ObjectMapper mapper = new ObjectMapper()
            .addMixIn(MessageBlock.class, MessageBlockMixIn.class)
            .addMixIn(Span.class, SpanMixIn.class)
            .registerModule(new SimpleModule("onboarding-buddy-text")
                    .addSerializer(Text.class, new TextSerializer())
                    .addDeserializer(Text.class, new TextDeserializer())
                    .addSerializer(ChatUserId.class, new ChatUserIdSerializer())
                    .addDeserializer(ChatUserId.class, new ChatUserIdDeserializer()))
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

    /** Only the spans: {@code plainText()} and {@code isBlank()} are derived, not stored. */
    private static final class TextSerializer extends JsonSerializer<Text> {
        @Override
        public void serialize(Text text, JsonGenerator gen, SerializerProvider provider) throws IOException {
            JavaType spans = provider.getTypeFactory().constructCollectionType(List.class, Span.class);
            gen.writeStartObject();
            gen.writeFieldName("spans");
            provider.findTypedValueSerializer(spans, true, null).serialize(text.spans(), gen, provider);
            gen.writeEndObject();
        }
    }

    private static final class TextDeserializer extends JsonDeserializer<Text> {
        @Override
        public Text deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = context.readTree(parser);
            if (node.isTextual()) {
                return LegacyMrkdwn.read(node.asText());
            }
            JavaType spans = context.getTypeFactory().constructCollectionType(List.class, Span.class);
            JsonNode list = node.isArray() ? node : node.get("spans");
            if (list == null || !list.isArray()) {
                return context.reportInputMismatch(
                        Text.class, "a text is an object with \"spans\" or a string, not %s", node.getNodeType());
            }
            List<Span> read = context.readTreeAsValue(list, spans);
            return new Text(read);
        }
    }

    private static final class ChatUserIdSerializer extends JsonSerializer<ChatUserId> {
        @Override
        public void serialize(ChatUserId user, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(user.stored());
        }
    }

    private static final class ChatUserIdDeserializer extends JsonDeserializer<ChatUserId> {
        @Override
        public ChatUserId deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String stored = parser.getValueAsString();
            if (stored == null || stored.isBlank()) {
                return context.reportInputMismatch(ChatUserId.class, "a person is a non-empty string");
            }
            return ChatUserId.fromStored(stored);
        }
    }
}
