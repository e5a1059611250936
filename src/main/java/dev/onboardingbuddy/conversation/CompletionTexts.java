package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.CompletionOutcome;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.ItemOutcome;
import dev.onboardingbuddy.reminders.ChecklistMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the bot's answers about items: what changed, what did not and why, and the progress after. */
final class CompletionTexts {

    ChatMessage outcome(CompletionOutcome outcome) {
        Text.Builder text = Text.builder();
        outcome.items().forEach(item -> text.text(line(item)).plain("\n"));
        return ChatMessage.of(text.plain(outcome.tally().fraction() + " done"
                        + (outcome.tally().overdue() > 0
                                ? ", " + outcome.tally().overdue() + " overdue"
                                : "") + ".")
                .build());
    }

    ChatMessage openItems(Hire hire, HireItems items, Instant now) {
        List<HireItems.Entry> open = items.hireEntries().stream()
                .filter(entry -> entry.state().isReleased() && !entry.state().isDone())
                .toList();
        if (open.isEmpty()) {
            return ChatMessage.plain(
                    "Nothing open right now. " + items.tally(now).fraction() + " done. \uD83C\uDF89");
        }
        List<MessageBlock> blocks = new ArrayList<>();
        blocks.add(new MessageBlock.Paragraph(Text.builder()
                .strong("Your open items")
                .plain(" (" + items.tally(now).fraction() + " done)")
                .build()));
        open.forEach(entry -> blocks.add(ChecklistMessages.line(hire, entry)));
        String text = "Your open items:\n"
                + open.stream()
                        .map(e -> e.state().number() + ". " + e.title()
                                + (e.state().isOverdueAt(now) ? " (overdue)" : ""))
                        .collect(Collectors.joining("\n"));
        return new ChatMessage(Text.plain(text), blocks);
    }

    ChatMessage choose(Hire hire, String question, List<HireItems.Entry> candidates) {
        List<MessageBlock> blocks = new ArrayList<>();
        blocks.add(new MessageBlock.Paragraph(Text.plain(question)));
        candidates.forEach(entry -> blocks.add(ChecklistMessages.line(hire, entry)));
        String text = question + "\n"
                + candidates.stream()
                        .map(e -> e.state().number() + ". " + e.title())
                        .collect(Collectors.joining("\n"));
        return new ChatMessage(Text.plain(text), blocks);
    }

    private static Text line(ItemOutcome item) {
        String title = item.number() + ". " + item.title();
        return switch (item.result()) {
            case COMPLETED -> Text.plain("\u2705 Done: " + title);
            case ALREADY_DONE -> Text.plain("\u2714\ufe0f Already done: " + title);
            case REOPENED -> Text.plain("\u21a9\ufe0f Reopened: " + title);
            case WAS_NOT_DONE -> Text.plain("Not done yet, nothing to undo: " + title);
            case NOT_RELEASED_YET ->
                Text.plain("Item " + item.number() + " is not released yet; it comes later in your " + "plan.");
            case MANAGERS_ITEM ->
                Text.plain("Item " + item.number() + " (" + item.title() + ") is your manager's to " + "complete.");
            case NO_SUCH_ITEM ->
                item.number() < 0
                        ? Text.plain("That item is no longer on your checklist.")
                        : Text.builder()
                                .plain("There is no item " + item.number() + ". Reply ")
                                .code("list")
                                .plain(" to see your items.")
                                .build();
        };
    }
}
