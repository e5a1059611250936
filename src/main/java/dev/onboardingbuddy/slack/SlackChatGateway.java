package dev.onboardingbuddy.slack;

import com.slack.api.model.Message;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Pace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ChatGateway} over Slack's Web API with the SDK's synchronous client ({@link SlackWebApi}), which never
 * retries: retries belong to the outbox, which sees the {@link DeliveryFailure}s this class throws. Thread-safe.
 *
 * <p>Each message carries its idempotency key in Slack message metadata, which is how {@link #findSent} recognises
 * a message sent just before a crash. In production pass {@code SlackWebApi.of(app)}: the Bolt App's client already
 * has the bot token and the configured API URL, and shares the App's HTTP client.
 *
 * <p>Delivery references are {@code channel/ts}, the two things {@code chat.update} needs.
 */
public final class SlackChatGateway implements ChatGateway {

    /** The metadata {@code event_type} of every message the bot sends; Slack wants a snake_case name. */
    public static final String METADATA_EVENT_TYPE = "onboarding_buddy_message";

    static final String IDEMPOTENCY_KEY = "idempotency_key";
    /**
     * Messages per {@code conversations.history} page: Slack allows up to 999 and recommends no more than 200.
     * (Commercially distributed apps outside the Marketplace created since May 2025 get 15 per page and one call a
     * minute; this bot is installed by the company that runs it, which keeps the ordinary Tier 3 limits.)
     */
    static final int HISTORY_LIMIT = 100;
    /**
     * How many pages {@link #findSent} reads at most, newest first: the message was posted minutes or hours ago, by a
     * try whose outcome was unknown, and a DM with the bot rarely gets 500 messages in between. Bounded so that a
     * busy channel cannot make one look cost more than a few calls.
     */
    static final int HISTORY_PAGES = 5;

    /**
     * {@code chat.postMessage} allows about one message per second per channel, short bursts allowed: at most
     * {@code BURST} posts in any {@code BURST} seconds keeps to that on average and lets a burst of three go at once.
     */
    static final int BURST = 3;

    private final SlackWebApi slack;
    private final BlockKitRenderer renderer;
    private final SlackConversations conversations;
    private final Pace perChannel;

    /** Paces posts at Slack's per-channel rate, per Slack channel id (a DM is its {@code D...} channel). */
    public SlackChatGateway(SlackWebApi slack, BlockKitRenderer renderer) {
        this(slack, renderer, channelPace());
    }

    SlackChatGateway(SlackWebApi slack, BlockKitRenderer renderer, Pace perChannel) {
        this.slack = Objects.requireNonNull(slack, "slack");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.conversations = new SlackConversations(slack);
        this.perChannel = Objects.requireNonNull(perChannel, "perChannel");
    }

    /** Slack's pace per channel. Per process: two instances posting into one channel may exceed it; a 429 tells. */
    static Pace channelPace() {
        return new Pace(List.of(new Pace.Limit(BURST, Duration.ofSeconds(BURST))));
    }

    /**
     * The message's turn in its Slack channel. A DM's channel comes from {@code conversations.open}, cached for the
     * process, so that a DM and its {@code D...} id share one pace, as they do at Slack.
     */
    @Override
    public Optional<Instant> turn(OutboundMessage message, Instant now) {
        String channel;
        try {
            channel = conversations.channelOf(message.to());
        } catch (DeliveryFailure beforePosting) {
            throw beforePosting.notSent();
        }
        return perChannel.take(channel, now);
    }

    @Override
    public String send(OutboundMessage message) {
        String channel;
        try {
            channel = conversations.channelOf(message.to());
        } catch (DeliveryFailure beforePosting) {
            // Whatever happened to conversations.open, the message itself was not posted.
            throw beforePosting.notSent();
        }
        BlockKitRenderer.Rendered rendered = renderer.render(message.content());
        Message.Metadata metadata = Message.Metadata.builder()
                .eventType(METADATA_EVENT_TYPE)
                .eventPayload(Map.of(IDEMPOTENCY_KEY, message.idempotencyKey()))
                .build();
        var response = SlackCalls.require(
                "chat.postMessage",
                () -> slack.chatPostMessage(r -> r.channel(channel)
                        .text(rendered.text())
                        .blocks(rendered.blocks())
                        .metadata(metadata)));
        // Slack may answer with its own id for the conversation; the ts is only meaningful with that one.
        String postedTo = response.getChannel() == null ? channel : response.getChannel();
        return postedTo + "/" + response.getTs();
    }

    /** Pages back through the channel, newest first, up to {@link #HISTORY_PAGES} pages of {@link #HISTORY_LIMIT}. */
    @Override
    public Optional<String> findSent(OutboundMessage message) {
        String channel = conversations.channelOf(message.to());
        String cursor = null;
        for (int page = 0; page < HISTORY_PAGES; page++) {
            String pageCursor = cursor;
            var history = SlackCalls.require(
                    "conversations.history",
                    () -> slack.methods()
                            .conversationsHistory(r -> r.channel(channel)
                                    .limit(HISTORY_LIMIT)
                                    .includeAllMetadata(true)
                                    .cursor(pageCursor)));
            Optional<String> found = history.getMessages() == null
                    ? Optional.empty()
                    : history.getMessages().stream()
                            .filter(sent -> carriesKey(sent, message.idempotencyKey()))
                            .findFirst()
                            .map(sent -> channel + "/" + sent.getTs());
            cursor = history.getResponseMetadata() == null
                    ? null
                    : history.getResponseMetadata().getNextCursor();
            if (found.isPresent() || !history.isHasMore() || cursor == null || cursor.isEmpty()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public void update(String deliveryRef, ChatMessage content) {
        int slash = deliveryRef == null ? -1 : deliveryRef.indexOf('/');
        if (slash <= 0 || slash == deliveryRef.length() - 1) {
            throw new IllegalArgumentException("not a Slack delivery ref (channel/ts): '" + deliveryRef + "'");
        }
        String channel = deliveryRef.substring(0, slash);
        String ts = deliveryRef.substring(slash + 1);
        BlockKitRenderer.Rendered rendered = renderer.render(content);
        SlackCalls.require(
                "chat.update",
                () -> slack.chatUpdate(
                        r -> r.channel(channel).ts(ts).text(rendered.text()).blocks(rendered.blocks())));
    }

    private static boolean carriesKey(Message sent, String key) {
        Message.Metadata metadata = sent.getMetadata();
        return metadata != null
                && METADATA_EVENT_TYPE.equals(metadata.getEventType())
                && metadata.getEventPayload() != null
                && key.equals(String.valueOf(metadata.getEventPayload().get(IDEMPOTENCY_KEY)));
    }
}
