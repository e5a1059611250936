package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageJsonTest {

  private final MessageJson json = new MessageJson();

  @Test
  void aPayloadStoredByThisVersionStaysReadable() throws IOException {
    ChatMessage message = json.read(fixture("outbox-payload-v1.json"));
    MessageBlock.Button done = new MessageBlock.Button("item_done", "Done", "h1|laptop", true);
    assertThat(message).isEqualTo(new ChatMessage("Day one: 2 items", List.of(
        new MessageBlock.Header("Welcome!"),
        new MessageBlock.Paragraph("*Hello* <@U1>"),
        new MessageBlock.Context("1 of 12 done"),
        new MessageBlock.ChecklistLine(1, "Laptop", "IT desk", false, done),
        new MessageBlock.ChecklistLine(2, "Handbook", "", true, null),
        new MessageBlock.Buttons(List.of(new MessageBlock.Button("snooze", "Later", "h1", false))),
        new MessageBlock.Paragraph("a field added by a later version is ignored"))));
  }

  @Test
  void blocksAreWrittenWithTheirStableTypeNames() {
    String written = json.write(new ChatMessage("t", List.of(new MessageBlock.ChecklistLine(1, "x", "", false, null))));
    assertThat(written).contains("\"type\":\"checklist_line\"");
  }

  @Test
  void aPayloadThatIsNotAMessageFailsWithAClearError() {
    assertThatThrownBy(() -> json.read("{\"text\":\"t\",\"blocks\":[{\"type\":\"video\"}]}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not a chat message");
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = MessageJsonTest.class.getResourceAsStream("/persistence/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
