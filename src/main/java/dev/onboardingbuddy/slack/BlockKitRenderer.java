package dev.onboardingbuddy.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders chat-neutral messages as Slack Block Kit within Slack's limits, so a long checklist degrades to a shorter
 * message rather than an {@code invalid_blocks} refusal. Stateless and thread-safe.
 *
 * <p>Action ids must be unique within a message, so the second button with the same action gets {@code item_done:2};
 * listeners match with {@link #actionIdPattern}. Checklist lines carry the block id {@link #itemBlockId} so an update
 * can find them.
 */
public final class BlockKitRenderer {

    static final int MAX_BLOCKS = 50;
    static final int MAX_HEADER_CHARS = 150;
    static final int MAX_TEXT_CHARS = 3000;
    static final int MAX_BUTTON_LABEL_CHARS = 75;
    static final int MAX_ACTIONS_ELEMENTS = 25;
    /** Slack truncates longer fallback text itself; it answers {@code msg_too_long} beyond it. */
    static final int MAX_FALLBACK_CHARS = 40_000;

    /** A message ready for {@code chat.postMessage} or {@code chat.update}. */
    public record Rendered(String text, List<LayoutBlock> blocks) {
        public Rendered {
            Objects.requireNonNull(text, "text");
            blocks = List.copyOf(blocks);
        }
    }

    public Rendered render(ChatMessage message) {
        UniqueIds ids = new UniqueIds();
        List<LayoutBlock> blocks = new ArrayList<>();
        for (MessageBlock block : message.blocks()) {
            render(block, ids, blocks);
        }
        return new Rendered(fallback(message), withinBlockLimit(blocks));
    }

    /** Matches every action id this renderer makes for {@code action}: {@code item_done}, {@code item_done:2}, ... */
    public static Pattern actionIdPattern(String action) {
        return Pattern.compile("^" + Pattern.quote(action) + "(:\\d+)?$");
    }

    /** The block id of the checklist line for item {@code number}. */
    public static String itemBlockId(int number) {
        return "item:" + number;
    }

    private static void render(MessageBlock block, UniqueIds ids, List<LayoutBlock> out) {
        // Slack refuses empty text objects, so blank pieces are dropped rather than sent.
        if (block instanceof MessageBlock.Header h && !h.text().isBlank()) {
            out.add(header(b -> b.text(plainText(SlackText.truncate(h.text().strip(), MAX_HEADER_CHARS), true))));
        } else if (block instanceof MessageBlock.Paragraph p && !p.text().isBlank()) {
            out.add(section(
                    b -> b.text(markdownText(SlackText.truncate(SlackMarkup.mrkdwn(p.text()), MAX_TEXT_CHARS)))));
        } else if (block instanceof MessageBlock.Context c && !c.text().isBlank()) {
            out.add(context(List.of(markdownText(SlackText.truncate(SlackMarkup.mrkdwn(c.text()), MAX_TEXT_CHARS)))));
        } else if (block instanceof MessageBlock.ChecklistLine line) {
            out.add(checklistLine(line, ids));
        } else if (block instanceof MessageBlock.Buttons buttons) {
            List<BlockElement> elements = buttons.buttons().stream()
                    .map(b -> (BlockElement) button(b, ids))
                    .toList();
            for (int from = 0; from < elements.size(); from += MAX_ACTIONS_ELEMENTS) {
                out.add(actions(elements.subList(from, Math.min(from + MAX_ACTIONS_ELEMENTS, elements.size()))));
            }
        }
    }

    private static LayoutBlock checklistLine(MessageBlock.ChecklistLine line, UniqueIds ids) {
        String title = SlackText.escape(line.title().strip());
        String text = line.done()
                ? "~" + line.number() + ". " + title + "~ ✅"
                : "*" + line.number() + ".* " + title + italic(line.detail());
        String blockId = ids.next(itemBlockId(line.number()));
        ButtonElement accessory = line.done() || line.button() == null ? null : button(line.button(), ids);
        return section(b -> b.blockId(blockId)
                .text(markdownText(SlackText.truncate(text, MAX_TEXT_CHARS)))
                .accessory(accessory));
    }

    /** Slack's italics do not span lines, so each line of a multi-line detail is wrapped on its own. */
    private static String italic(String detail) {
        if (detail.isBlank()) {
            return "";
        }
        return "\n"
                + detail.strip()
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .map(l -> "_" + l + "_")
                        .collect(Collectors.joining("\n"));
    }

    private static ButtonElement button(MessageBlock.Button button, UniqueIds ids) {
        // The value is never shortened: a cut hire|item value would act on the wrong item. Slack's 2000-char limit
        // is far above what ButtonActions makes.
        return ButtonElement.builder()
                .actionId(ids.next(button.action()))
                .text(plainText(SlackText.truncate(button.label(), MAX_BUTTON_LABEL_CHARS), true))
                .value(button.value())
                .style(button.primary() ? "primary" : null)
                .build();
    }

    /** Keeps the first blocks and says how many were left out, instead of having the whole message refused. */
    private static List<LayoutBlock> withinBlockLimit(List<LayoutBlock> blocks) {
        if (blocks.size() <= MAX_BLOCKS) {
            return blocks;
        }
        List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
        int hidden = blocks.size() - kept.size();
        kept.add(context(List.of(markdownText("_…and " + hidden + " more not shown here._"))));
        return kept;
    }

    private static String fallback(ChatMessage message) {
        String text = SlackMarkup.mrkdwn(message.text());
        if (text.isBlank()) {
            // Notifications show the fallback: an empty one would make a push notification say nothing.
            text = message.blocks().stream()
                    .map(BlockKitRenderer::plainTextOf)
                    .filter(t -> !t.isBlank())
                    .collect(Collectors.joining("\n"));
        }
        return SlackText.truncate(text, MAX_FALLBACK_CHARS);
    }

    private static String plainTextOf(MessageBlock block) {
        if (block instanceof MessageBlock.Header h) {
            return h.text();
        } else if (block instanceof MessageBlock.Paragraph p) {
            return SlackMarkup.mrkdwn(p.text());
        } else if (block instanceof MessageBlock.ChecklistLine line) {
            return line.number() + ". " + line.title();
        }
        return "";
    }

    /** Hands out {@code base}, then {@code base:2}, {@code base:3}, ... within one message. Not thread-safe. */
    private static final class UniqueIds {
        private final Map<String, Integer> seen = new HashMap<>();

        String next(String base) {
            int count = seen.merge(base, 1, Integer::sum);
            return count == 1 ? base : base + ":" + count;
        }
    }
}
