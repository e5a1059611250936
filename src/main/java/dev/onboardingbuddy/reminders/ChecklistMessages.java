package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.checklist.Section;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DayFormat;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.Tally;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the hire's checklist messages in chat-neutral blocks; adapters only render them. */
public final class ChecklistMessages {

    /** One message for the items of one section that were just released. */
    public ChatMessage sectionRelease(Hire hire, Section section, List<HireItems.Entry> released, Tally tally) {
        List<MessageBlock> blocks = new ArrayList<>();
        blocks.add(new MessageBlock.Header(section.title()));
        LocalDate due = released.stream()
                .map(entry -> dueDate(entry, hire.zone()))
                .max(LocalDate::compareTo)
                .orElseThrow();
        Text.Builder intro = Text.builder();
        if (!section.phase().isEmpty()) {
            intro.emphasis(section.phase()).plain(" · ");
        }
        blocks.add(new MessageBlock.Paragraph(intro.plain("due by ")
                .strong(DayFormat.of(due))
                .plain(". Reply ")
                .code("done 3")
                .plain(" (or ")
                .code("done 3 5")
                .plain("), or press ")
                .strong("Done")
                .plain(".")
                .build()));
        released.forEach(entry -> blocks.add(line(hire, entry)));
        blocks.add(new MessageBlock.Context(Text.plain(tally.fraction() + " done")));
        String text = section.title() + "\n"
                + released.stream()
                        .map(entry -> entry.state().number() + ". " + entry.title())
                        .collect(Collectors.joining("\n"));
        return new ChatMessage(Text.plain(text), blocks);
    }

    /** The same lines, re-rendered after a completion so the message shows what is ticked. */
    public ChatMessage refreshed(Hire hire, Section section, List<HireItems.Entry> entries, Tally tally) {
        return sectionRelease(hire, section, entries, tally);
    }

    /**
     * An answer that lists items (the open items, "which one?") after a Done press in it: the same opening words, the
     * lines as they are now. Not a section release, so it gets no section header.
     */
    public ChatMessage refreshedAnswer(Hire hire, Text intro, List<HireItems.Entry> entries) {
        List<MessageBlock> blocks = new ArrayList<>();
        blocks.add(new MessageBlock.Paragraph(intro));
        entries.forEach(entry -> blocks.add(line(hire, entry)));
        String lines = entries.stream()
                .map(entry -> entry.state().number() + ". " + entry.title())
                .collect(Collectors.joining("\n"));
        return new ChatMessage(intro.append(Text.plain("\n" + lines)), blocks);
    }

    public static MessageBlock.ChecklistLine line(Hire hire, HireItems.Entry entry) {
        boolean done = entry.state().isDone();
        MessageBlock.Button button = done
                ? null
                : new MessageBlock.Button(
                        ButtonActions.ITEM_DONE,
                        "Done",
                        ButtonActions.itemValue(hire.id(), entry.item().key()),
                        false);
        return new MessageBlock.ChecklistLine(entry.state().number(), entry.title(), detail(entry), done, button);
    }

    private static String detail(HireItems.Entry entry) {
        List<String> parts = new ArrayList<>();
        if (!entry.item().details().isEmpty()) {
            parts.add(entry.item().details());
        }
        entry.item()
                .relationship()
                .ifPresent(r -> parts.add(
                        "Meet within " + r.meetWithin().text() + (r.focus().isEmpty() ? "" : ": " + r.focus())));
        if (!entry.item().metrics().isEmpty()) {
            parts.add("Success: " + String.join(", ", entry.item().metrics()));
        }
        return String.join(" · ", parts);
    }

    static LocalDate dueDate(HireItems.Entry entry, ZoneId zone) {
        return entry.state().dueDay(zone);
    }
}
