package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.onboardingbuddy.conversation.AnswerDirectMessage;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.Recipient;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's message in the bot's DM, answered through the outbox; a failure propagates so that Bolt answers 500
 * and Slack retries ({@code X-Slack-Retry-Num}), and the retry is answered once.
 */
final class DirectMessageListener implements BoltEventHandler<MessageEvent> {
    private static final Pattern LEADING_MENTION = Pattern.compile("^<@[A-Z0-9]+(\\|[^>]*)?>\\s*");
    private final AnswerDirectMessage answers;

    DirectMessageListener(AnswerDirectMessage answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
        MessageEvent event = payload.getEvent();
        if (!isPersonWritingInDm(event)) {
            return context.ack();
        }
        String eventId = payload.getEventId() != null ? payload.getEventId() : event.getChannel() + ":" + event.getTs();
        Optional<String> thread = Optional.ofNullable(event.getThreadTs())
                .filter(ts -> !ts.equals(event.getTs()))
                .map(ts -> event.getChannel() + "/" + ts);
        answers.answer(
                eventId,
                ChatUserId.slack(event.getUser()),
                withoutLeadingMention(event.getText()),
                thread,
                new Recipient.Channel(Platform.SLACK, event.getChannel()));
        return context.ack();
    }

    /** The words of a reply that starts by mentioning the bot, {@code <@UBOT> done 2} or {@code <@UBOT|buddy> ...}. */
    static String withoutLeadingMention(String text) {
        return LEADING_MENTION.matcher(text.strip()).replaceFirst("").strip();
    }

    /** Bots (ourselves included: our echo has {@code bot_id} and no subtype) and edits are not spoken to. */
    private static boolean isPersonWritingInDm(MessageEvent event) {
        return event.getBotId() == null
                && event.getSubtype() == null
                && event.getUser() != null
                && "im".equals(event.getChannelType())
                && event.getText() != null;
    }
}
