package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.slack.SlackMarkup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageJsonTest {

    private final MessageJson json = new MessageJson();

    /** The fixture is a row as the version before spans wrote it: every text a string of Slack mrkdwn. */
    @Test
    void aPayloadStoredByThePreviousVersionIsReadIntoSpans() throws IOException {
        ChatMessage message = json.read(fixture("outbox-payload-v1.json"));
        MessageBlock.Button done = new MessageBlock.Button("item_done", "Done", "h1|laptop", true);
        assertThat(message)
                .isEqualTo(new ChatMessage(
                        Text.plain("Day one: 2 items"),
                        List.of(
                                new MessageBlock.Header("Welcome!"),
                                new MessageBlock.Paragraph(Text.builder()
                                        .strong("Hello")
                                        .plain(" ")
                                        .mention(ChatUserId.slack("U1"))
                                        .build()),
                                new MessageBlock.Context(Text.plain("1 of 12 done")),
                                new MessageBlock.ChecklistLine(1, "Laptop", "IT desk", false, done),
                                new MessageBlock.ChecklistLine(2, "Handbook", "", true, null),
                                new MessageBlock.Buttons(
                                        List.of(new MessageBlock.Button("snooze", "Later", "h1", false))),
                                new MessageBlock.Paragraph(
                                        Text.plain("a field added by a later version is ignored")))));
    }

    @Test
    void legacyMrkdwnBecomesSpansOfEachKind() {
        Text text = legacyParagraph("<@U1> and <@W2|ana>: *Done* _soon_, reply `done 3` :warning: :white_check_mark: "
                + ":no_entry: <https://example.com|the handbook> snake_case 2*3*4");

        assertThat(text)
                .isEqualTo(Text.builder()
                        .mention(ChatUserId.slack("U1"))
                        .plain(" and ")
                        .mention(ChatUserId.slack("W2"))
                        .plain(": ")
                        .strong("Done")
                        .plain(" ")
                        .emphasis("soon")
                        .plain(", reply ")
                        .code("done 3")
                        .plain(" ")
                        .symbol(Span.Meaning.WARNING)
                        .plain(" ")
                        .symbol(Span.Meaning.SUCCESS)
                        .plain(" ")
                        .symbol(Span.Meaning.REFUSED)
                        .plain(" ")
                        .link("https://example.com", "the handbook")
                        .plain(" snake_case 2*3*4")
                        .build());
    }

    /** A message queued before the upgrade must reach Slack exactly as it would have before. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "*Hello* <@U1>",
                "Heads-up <@UMGR>: *30-Day Review* (review) for <@UHIRE> is due on Tue 5 Jan.",
                ":warning: Nobody is set as QA Engineer for team example: name someone in config/teams/example.yaml.",
                "_Week 1_ · due by *Fri 11 Dec*. Reply `done 3` (or `done 3 5`), or press *Done*.",
                "<@UHIRE> has no team, so nobody was introduced: re-enrol with `team NAME`.",
                "Enrol them with `/onboarding start`, see *a <@U1> b*, 3 * 4 and a_b_c",
                "a lone * or _ or ` stays",
                ""
            })
    void legacyMrkdwnRendersBackToTheSameSlackText(String mrkdwn) {
        assertThat(SlackMarkup.mrkdwn(legacyParagraph(mrkdwn))).isEqualTo(mrkdwn);
    }

    @Test
    void aMessageWithEverySpanKindAndATeamsMentionRoundTrips() {
        ChatMessage message = new ChatMessage(
                Text.builder()
                        .plain("Hi ")
                        .mention(ChatUserId.msteams("29:1AbC-x_y"))
                        .build(),
                List.of(
                        new MessageBlock.Paragraph(Text.builder()
                                .plain("plain <not a tag> & \"quotes\"\n")
                                .strong("strong")
                                .emphasis("emphasis")
                                .code("done 3")
                                .link("https://example.com/a?b=c", "a link")
                                .mention(ChatUserId.slack("U1"))
                                .mention(ChatUserId.msteams("29:1AbC-x_y"))
                                .command("start @hire")
                                .command("")
                                .symbol(Span.Meaning.SUCCESS)
                                .symbol(Span.Meaning.REFUSED)
                                .symbol(Span.Meaning.WARNING)
                                .symbol(Span.Meaning.RISK_HIGH)
                                .symbol(Span.Meaning.RISK_MEDIUM)
                                .symbol(Span.Meaning.RISK_LOW)
                                .build()),
                        new MessageBlock.Context(Text.builder()
                                .mention(ChatUserId.msteams("29:1AbC-x_y"))
                                .plain(" 1/2 done")
                                .build())));

        String written = json.write(message);

        assertThat(json.read(written)).isEqualTo(message);
        assertThat(written)
                .contains(
                        "\"type\":\"mention\"",
                        "\"user\":\"msteams:29:1AbC-x_y\"",
                        "\"user\":\"U1\"",
                        "\"type\":\"symbol\"",
                        "\"meaning\":\"RISK_LOW\"")
                .doesNotContain("\"blank\"", "plainText");
    }

    @Test
    void blocksAreWrittenWithTheirStableTypeNames() {
        String written = json.write(
                new ChatMessage(Text.plain("t"), List.of(new MessageBlock.ChecklistLine(1, "x", "", false, null))));
        assertThat(written).contains("\"type\":\"checklist_line\"");
    }

    @Test
    void aPayloadThatIsNotAMessageFailsWithAClearError() {
        assertThatThrownBy(() -> json.read("{\"text\":\"t\",\"blocks\":[{\"type\":\"video\"}]}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a chat message");
        assertThatThrownBy(
                        () -> json.read("{\"text\":{\"spans\":[{\"type\":\"blink\",\"text\":\"x\"}]},\"blocks\":[]}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a chat message");
    }

    private Text legacyParagraph(String mrkdwn) {
        String payload = "{\"text\":\"\",\"blocks\":[{\"type\":\"paragraph\",\"text\":" + new TextNode(mrkdwn) + "}]}";
        return ((MessageBlock.Paragraph) json.read(payload).blocks().get(0)).text();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = MessageJsonTest.class.getResourceAsStream("/persistence/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
