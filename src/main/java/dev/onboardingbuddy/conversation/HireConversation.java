package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.ReleaseKey;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.CompleteItems;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.Reply;
import dev.onboardingbuddy.progress.ReplyParser;
import dev.onboardingbuddy.progress.TitleMatcher;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers what a person writes to the bot: {@code done 3}, {@code done <words>}, {@code done} in an item's thread,
 * {@code undo 3}, {@code list}, {@code help}. Every answer is a message; nothing here sends it.
 */
public final class HireConversation {
    static final Text HELP = Text.builder()
            .plain("Here is what I understand:\n• ")
            .code("done 3")
            .plain(" (or ")
            .code("done 3 5")
            .plain(", ")
            .code("done 3,5")
            .plain(", ")
            .code("done 3-5")
            .plain("): mark items done\n• ")
            .code("done <words of a title>")
            .plain(": mark the item with that title done\n• ")
            .code("done")
            .plain(" as a reply in the thread of a checklist message\n• ")
            .code("undo 3")
            .plain(": reopen an item\n• ")
            .code("list")
            .plain(": your open items\n• ")
            .code("help")
            .plain(": this text")
            .build();

    private final HireRepository hires;
    private final HireItemsLoader items;
    private final CompleteItems complete;
    private final Outbox outbox;
    private final ReplyParser parser = new ReplyParser();
    private final TitleMatcher titles = new TitleMatcher();
    private final CompletionTexts texts = new CompletionTexts();
    private final Clock clock;

    public HireConversation(
            HireRepository hires, HireItemsLoader items, CompleteItems complete, Outbox outbox, Clock clock) {
        this.hires = hires;
        this.items = items;
        this.complete = complete;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param threadOf the platform reference of the message this one replies to in a thread, if any
     */
    public ChatMessage answer(ChatUserId author, String text, Optional<String> threadOf) {
        Optional<Hire> found = hires.findOpenByUser(author);
        if (found.isEmpty()) {
            return ChatMessage.of(Text.builder()
                    .plain("Hi! You are not on an onboarding checklist right now. Your manager "
                            + "or an onboarding admin can enrol you with ")
                    .command("start")
                    .plain(".")
                    .build());
        }
        Hire hire = found.get();
        Reply reply = parser.parse(text);
        if (reply instanceof Reply.Done done) {
            return texts.outcome(complete.complete(hire, author, done.numbers(), CompletionMethod.TEXT));
        }
        if (reply instanceof Reply.Undo undo) {
            return texts.outcome(complete.undo(hire, author, undo.numbers(), CompletionMethod.TEXT));
        }
        if (reply instanceof Reply.DoneByTitle byTitle) {
            return doneByTitle(hire, author, byTitle.words());
        }
        if (reply instanceof Reply.DoneHere) {
            return threadOf.map(ref -> doneInThread(hire, author, ref))
                    .orElseGet(() -> ChatMessage.of(Text.builder()
                            .plain("Which item? Reply ")
                            .code("done 3")
                            .plain(" with its number, or reply ")
                            .code("done")
                            .plain(" in the thread of its message.")
                            .build()));
        }
        if (reply instanceof Reply.ListItems) {
            return texts.openItems(hire, items.load(hire), clock.instant());
        }
        if (reply instanceof Reply.Unknown unknown && !unknown.text().isBlank()) {
            return ChatMessage.of(
                    Text.plain("Sorry, I did not understand \u201c" + shorten(unknown.text()) + "\u201d.\n")
                            .append(HELP));
        }
        return ChatMessage.of(HELP);
    }

    private ChatMessage doneByTitle(Hire hire, ChatUserId author, String words) {
        List<HireItems.Entry> matches = titles.match(items.load(hire), words);
        if (matches.size() == 1) {
            return texts.outcome(complete.complete(
                    hire, author, List.of(matches.get(0).state().number()), CompletionMethod.TEXT));
        }
        if (matches.isEmpty()) {
            return ChatMessage.of(Text.builder()
                    .plain("No open item matches \u201c" + shorten(words) + "\u201d. Reply ")
                    .code("list")
                    .plain(" to see them.")
                    .build());
        }
        return texts.choose(hire, "Several open items match \u201c" + shorten(words) + "\u201d. Which one?", matches);
    }

    private ChatMessage doneInThread(Hire hire, ChatUserId author, String threadRef) {
        HireItems current = items.load(hire);
        List<HireItems.Entry> inMessage = outbox.findByDeliveryRef(threadRef)
                .map(entry ->
                        itemsOfReleaseMessage(hire, current, entry.message().idempotencyKey()))
                .orElse(List.of());
        List<HireItems.Entry> open =
                inMessage.stream().filter(entry -> !entry.state().isDone()).toList();
        if (inMessage.isEmpty()) {
            return ChatMessage.of(Text.builder()
                    .plain("That message has no checklist items. Reply ")
                    .code("done 3")
                    .plain(" with the item's number.")
                    .build());
        }
        if (open.isEmpty()) {
            return ChatMessage.plain("Everything in that message is already done. \uD83C\uDF89");
        }
        if (open.size() == 1) {
            return texts.outcome(
                    complete.complete(hire, author, List.of(open.get(0).state().number()), CompletionMethod.TEXT));
        }
        return texts.choose(hire, "That message has " + open.size() + " open items. Which one is done?", open);
    }

    /** A release key is {@code release:<hire>:<section>:<first number>}; its message holds that batch of the section. */
    static String releaseKey(Hire hire, String sectionId, int firstNumber) {
        return ReleaseKey.of(hire.id(), sectionId, firstNumber).value();
    }

    /**
     * The key of the release message that holds the item, the inverse of {@link #itemsOfReleaseMessage}: the batch is
     * the hire's items of that section released at the same instant, named after its lowest number.
     */
    public static Optional<String> releaseKeyOf(Hire hire, HireItems current, ItemKey item) {
        Optional<HireItems.Entry> entry = current.hireEntries().stream()
                .filter(candidate -> candidate.item().key().equals(item))
                .findFirst();
        if (entry.isEmpty() || entry.get().state().releasedAt().isEmpty()) {
            return Optional.empty();
        }
        String section = entry.get().section().id();
        Optional<Instant> released = entry.get().state().releasedAt();
        return current.hireEntries().stream()
                .filter(candidate -> candidate.section().id().equals(section)
                        && candidate.state().releasedAt().equals(released))
                .mapToInt(candidate -> candidate.state().number())
                .min()
                .stream()
                .mapToObj(first -> releaseKey(hire, section, first))
                .findFirst();
    }

    public static List<HireItems.Entry> itemsOfReleaseMessage(Hire hire, HireItems current, String key) {
        Optional<ReleaseKey> release = ReleaseKey.parse(key);
        // a message of an earlier enrolment of the same person speaks of other items
        if (release.isEmpty() || !release.get().hire().equals(hire.id())) {
            return List.of();
        }
        int first = release.get().firstNumber();
        Optional<HireItems.Entry> head = current.byNumber(first);
        if (head.isEmpty() || head.get().state().releasedAt().isEmpty()) {
            return List.of();
        }
        List<HireItems.Entry> batch = new ArrayList<>();
        for (HireItems.Entry entry : current.hireEntries()) {
            if (entry.section().id().equals(release.get().section())
                    && entry.state().releasedAt().equals(head.get().state().releasedAt())) {
                batch.add(entry);
            }
        }
        return batch;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
