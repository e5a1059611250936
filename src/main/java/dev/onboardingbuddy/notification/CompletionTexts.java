package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.progress.CompletionOutcome;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.ItemOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the bot's answers about items: what changed, what did not and why, and the progress after. */
final class CompletionTexts {

  ChatMessage outcome(CompletionOutcome outcome) {
    String lines = outcome.items().stream().map(CompletionTexts::line).collect(Collectors.joining("\n"));
    return ChatMessage.plain(lines + "\n" + outcome.tally().fraction() + " done"
        + (outcome.tally().overdue() > 0 ? ", " + outcome.tally().overdue() + " overdue" : "") + ".");
  }

  ChatMessage openItems(Hire hire, HireItems items, Instant now) {
    List<HireItems.Entry> open = items.hireEntries().stream()
        .filter(entry -> entry.state().isReleased() && !entry.state().isDone()).toList();
    if (open.isEmpty()) {
      return ChatMessage.plain("Nothing open right now. " + items.tally(now).fraction() + " done. \uD83C\uDF89");
    }
    List<MessageBlock> blocks = new ArrayList<>();
    blocks.add(new MessageBlock.Paragraph("*Your open items* (" + items.tally(now).fraction() + " done)"));
    open.forEach(entry -> blocks.add(ChecklistMessages.line(hire, entry)));
    String text = "Your open items:\n" + open.stream().map(e -> e.state().number() + ". " + e.title()
        + (e.state().isOverdueAt(now) ? " (overdue)" : "")).collect(Collectors.joining("\n"));
    return new ChatMessage(text, blocks);
  }

  ChatMessage choose(Hire hire, String question, List<HireItems.Entry> candidates) {
    List<MessageBlock> blocks = new ArrayList<>();
    blocks.add(new MessageBlock.Paragraph(question));
    candidates.forEach(entry -> blocks.add(ChecklistMessages.line(hire, entry)));
    String text = question + "\n" + candidates.stream().map(e -> e.state().number() + ". " + e.title())
        .collect(Collectors.joining("\n"));
    return new ChatMessage(text, blocks);
  }

  private static String line(ItemOutcome item) {
    String title = item.number() + ". " + item.title();
    return switch (item.result()) {
      case COMPLETED -> "\u2705 Done: " + title;
      case ALREADY_DONE -> "\u2714\ufe0f Already done: " + title;
      case REOPENED -> "\u21a9\ufe0f Reopened: " + title;
      case WAS_NOT_DONE -> "Not done yet, nothing to undo: " + title;
      case NOT_RELEASED_YET -> "Item " + item.number() + " is not released yet; it comes later in your plan.";
      case MANAGERS_ITEM -> "Item " + item.number() + " (" + item.title() + ") is your manager's to complete.";
      case NO_SUCH_ITEM -> item.number() < 0 ? "That item is no longer on your checklist."
          : "There is no item " + item.number() + ". Reply `list` to see your items.";
    };
  }
}
