package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.MessageBlock.Button;
import dev.onboardingbuddy.notification.MessageBlock.ChecklistLine;
import dev.onboardingbuddy.notification.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Asserts on the JSON the SDK would send, parsed: what Slack sees is what matters. */
class BlockKitRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    private JsonNode blocksOf(MessageBlock... blocks) {
        return toJson(renderer.render(new ChatMessage(Text.plain("fallback"), List.of(blocks))));
    }

    private static JsonNode toJson(BlockKitRenderer.Rendered rendered) {
        try {
            return JSON.readTree(GsonFactory.createSnakeCase().toJson(rendered.blocks()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Button done(String value) {
        return new Button("item_done", "Done", value, false);
    }

    @Test
    void aHeaderBecomesAPlainTextHeaderBlock() {
        JsonNode block = blocksOf(new MessageBlock.Header("Week 1: Setup")).get(0);

        assertThat(block.path("type").asText()).isEqualTo("header");
        assertThat(block.path("text").path("type").asText()).isEqualTo("plain_text");
        assertThat(block.path("text").path("text").asText()).isEqualTo("Week 1: Setup");
    }

    @Test
    void aLongHeaderIsCutTo150CharactersWithoutSplittingAnEmoji() {
        String title = "a".repeat(148) + "😀😀😀";

        String text = blocksOf(new MessageBlock.Header(title))
                .get(0)
                .path("text")
                .path("text")
                .asText();

        assertThat(text.length()).isLessThanOrEqualTo(150);
        assertThat(text).endsWith("…");
        assertThat(text.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp)))
                .isTrue();
    }

    @Test
    void aParagraphBecomesAMrkdwnSectionKeepingMentions() {
        JsonNode block = blocksOf(new MessageBlock.Paragraph(Text.builder()
                        .plain("Say hi to ")
                        .mention(ChatUserId.slack("U123"))
                        .plain(", ")
                        .strong("today")
                        .build()))
                .get(0);

        assertThat(block.path("type").asText()).isEqualTo("section");
        assertThat(block.path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(block.path("text").path("text").asText()).isEqualTo("Say hi to <@U123>, *today*");
    }

    @Test
    void sectionTextIsCutTo3000Characters() {
        String text = blocksOf(new MessageBlock.Paragraph(Text.plain("x".repeat(5000))))
                .get(0)
                .path("text")
                .path("text")
                .asText();

        assertThat(text).hasSize(3000).endsWith("…");
    }

    @Test
    void contextBecomesAContextBlockWithOneMrkdwnElement() {
        JsonNode block =
                blocksOf(new MessageBlock.Context(Text.plain("3/10 done"))).get(0);

        assertThat(block.path("type").asText()).isEqualTo("context");
        assertThat(block.path("elements")).hasSize(1);
        assertThat(block.path("elements").get(0).path("type").asText()).isEqualTo("mrkdwn");
        assertThat(block.path("elements").get(0).path("text").asText()).isEqualTo("3/10 done");
    }

    @Test
    void anOpenChecklistLineIsASectionWithNumberDetailBlockIdAndDoneButton() {
        JsonNode block = blocksOf(
                        new ChecklistLine(3, "Set up your laptop", "Ask IT for a loaner", false, done("H1|laptop")))
                .get(0);

        assertThat(block.path("type").asText()).isEqualTo("section");
        assertThat(block.path("block_id").asText()).isEqualTo("item:3");
        assertThat(block.path("text").path("text").asText())
                .isEqualTo("*3.* Set up your laptop\n_Ask IT for a loaner_");
        JsonNode button = block.path("accessory");
        assertThat(button.path("type").asText()).isEqualTo("button");
        assertThat(button.path("action_id").asText()).isEqualTo("item_done");
        assertThat(button.path("value").asText()).isEqualTo("H1|laptop");
        assertThat(button.path("text").path("text").asText()).isEqualTo("Done");
        assertThat(button.has("style")).isFalse();
    }

    @Test
    void aLineWithoutDetailHasNoSecondLine() {
        String text = blocksOf(new ChecklistLine(1, "Read the handbook", "", false, done("H1|handbook")))
                .get(0)
                .path("text")
                .path("text")
                .asText();

        assertThat(text).isEqualTo("*1.* Read the handbook");
    }

    @Test
    void aDoneLineIsStruckThroughWithATickAndNoButton() {
        JsonNode block = blocksOf(new ChecklistLine(3, "Set up your laptop", "detail", true, done("H1|laptop")))
                .get(0);

        assertThat(block.path("text").path("text").asText()).isEqualTo("~3. Set up your laptop~ ✅");
        assertThat(block.has("accessory")).isFalse();
        assertThat(block.path("block_id").asText()).isEqualTo("item:3");
    }

    @Test
    void itemTitlesAreEscapedSoTheyCannotMentionOrLink() {
        String text = blocksOf(new ChecklistLine(2, "Q&A <@channel>", "", false, null))
                .get(0)
                .path("text")
                .path("text")
                .asText();

        assertThat(text).isEqualTo("*2.* Q&amp;A &lt;@channel&gt;");
    }

    @Test
    void aMultiLineDetailIsItalicPerLine() {
        String text = blocksOf(new ChecklistLine(4, "Meet", "first line\nsecond line", false, null))
                .get(0)
                .path("text")
                .path("text")
                .asText();

        assertThat(text).isEqualTo("*4.* Meet\n_first line_\n_second line_");
    }

    @Test
    void buttonsBecomeAnActionsBlockWithPrimaryStyle() {
        JsonNode block = blocksOf(new MessageBlock.Buttons(
                        List.of(new Button("confirm", "Yes", "1", true), new Button("cancel", "No", "0", false))))
                .get(0);

        assertThat(block.path("type").asText()).isEqualTo("actions");
        assertThat(block.path("elements")).hasSize(2);
        assertThat(block.path("elements").get(0).path("style").asText()).isEqualTo("primary");
        assertThat(block.path("elements").get(0).path("action_id").asText()).isEqualTo("confirm");
        assertThat(block.path("elements").get(1).has("style")).isFalse();
    }

    @Test
    void theSameActionTwiceGetsIndexedActionIdsThatThePatternMatches() {
        JsonNode blocks = blocksOf(
                new ChecklistLine(1, "One", "", false, done("H1|one")),
                new ChecklistLine(2, "Two", "", false, done("H1|two")),
                new MessageBlock.Buttons(List.of(done("H1|three"))));

        List<String> ids = List.of(
                blocks.get(0).path("accessory").path("action_id").asText(),
                blocks.get(1).path("accessory").path("action_id").asText(),
                blocks.get(2).path("elements").get(0).path("action_id").asText());

        assertThat(ids).containsExactly("item_done", "item_done:2", "item_done:3");
        assertThat(ids)
                .allMatch(id -> BlockKitRenderer.actionIdPattern("item_done")
                        .matcher(id)
                        .matches());
        assertThat(BlockKitRenderer.actionIdPattern("item_done")
                        .matcher("item_done_later")
                        .matches())
                .isFalse();
    }

    @Test
    void moreThanTwentyFiveButtonsAreSplitOverSeveralActionsBlocks() {
        List<Button> buttons = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new Button("pick", "#" + i, "" + i, false))
                .toList();

        JsonNode blocks = blocksOf(new MessageBlock.Buttons(buttons));

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).path("elements")).hasSize(25);
        assertThat(blocks.get(1).path("elements")).hasSize(5);
    }

    @Test
    void moreThanFiftyBlocksAreCutToFiftyWithANoteSayingHowManyMore() {
        List<MessageBlock> blocks = new ArrayList<>();
        IntStream.rangeClosed(1, 60)
                .forEach(i -> blocks.add(new ChecklistLine(i, "Item " + i, "", false, done("H1|i" + i))));

        JsonNode json = toJson(renderer.render(new ChatMessage(Text.plain("sixty"), blocks)));

        assertThat(json).hasSize(50);
        assertThat(json.get(48).path("block_id").asText()).isEqualTo("item:49");
        assertThat(json.get(49).path("type").asText()).isEqualTo("context");
        assertThat(json.get(49).path("elements").get(0).path("text").asText()).contains("11 more");
    }

    @Test
    void blankPiecesAreDroppedBecauseSlackRefusesEmptyText() {
        JsonNode blocks = blocksOf(
                new MessageBlock.Header(" "),
                new MessageBlock.Paragraph(Text.plain("")),
                new MessageBlock.Context(Text.plain("ok")),
                new MessageBlock.Buttons(List.of()));

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).path("type").asText()).isEqualTo("context");
    }

    @Test
    void theFallbackTextIsTheMessageTextOrBuiltFromTheBlocksWhenBlank() {
        var given = renderer.render(new ChatMessage(Text.plain("Week 1\n1. Laptop"), List.of()));
        var built = renderer.render(new ChatMessage(
                Text.plain(" "),
                List.of(new MessageBlock.Header("Week 1"), new ChecklistLine(1, "Laptop", "", false, null))));

        assertThat(given.text()).isEqualTo("Week 1\n1. Laptop");
        assertThat(built.text()).isEqualTo("Week 1\n1. Laptop");
    }

    @Test
    void aLongButtonLabelIsCutTo75Characters() {
        String label = blocksOf(new MessageBlock.Buttons(List.of(new Button("go", "L".repeat(100), "v", false))))
                .get(0)
                .path("elements")
                .get(0)
                .path("text")
                .path("text")
                .asText();

        assertThat(label).hasSize(75);
    }
}
