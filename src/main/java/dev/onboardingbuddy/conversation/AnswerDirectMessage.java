package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's message in their chat with the bot ({@code done 3}, {@code list}, ...). The answer is worked out and
 * queued in one transaction with the record that the message was handled, so a retried delivery changes nothing and
 * a failure rolls back and lets the platform retry. The platform call happens after the acknowledgement, from the
 * outbox. Thread-safe.
 */
public final class AnswerDirectMessage {
    private final HireConversation conversation;
    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Runnable wakeDispatcher;
    private final Clock clock;

    public AnswerDirectMessage(
            HireConversation conversation,
            ProcessedEvents processedEvents,
            Outbox outbox,
            Transactions transactions,
            Runnable wakeDispatcher,
            Clock clock) {
        this.conversation = conversation;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
        this.transactions = transactions;
        this.wakeDispatcher = wakeDispatcher;
        this.clock = clock;
    }

    /**
     * @param messageId the platform's id of the message, unique across platforms (each adapter prefixes its own)
     * @param threadOf the platform reference of the message this one replies to in a thread, if any
     * @param answerTo the conversation to answer in
     */
    public void answer(
            String messageId, ChatUserId author, String text, Optional<String> threadOf, Recipient answerTo) {
        Instant now = clock.instant();
        boolean queued = transactions.inTransaction(() -> {
            if (!processedEvents.firstSeen(messageId, now)) {
                return false;
            }
            ChatMessage answer = conversation.answer(author, text, threadOf);
            return outbox.enqueue(new OutboundMessage("reply:" + messageId, answerTo, answer, now), now);
        });
        if (queued) {
            wakeDispatcher.run();
        }
    }
}
