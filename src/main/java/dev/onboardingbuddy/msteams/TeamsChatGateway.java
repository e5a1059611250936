package dev.onboardingbuddy.msteams;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Pace;
import dev.onboardingbuddy.notification.Recipient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link ChatGateway} over the Bot Connector. A direct message goes into the person's personal chat with the bot,
 * opened through the configured service URL when they never wrote (they must have the app installed, else Teams
 * answers 403, a permanent failure the outbox reports to admins). Retries belong to the outbox. Thread-safe.
 *
 * <p>Delivery references are {@code msteams:<conversation id>/<activity id>}, what an update needs. The Connector
 * offers no search by metadata, so {@link #findSent} finds nothing: after a crash between posting and recording,
 * Teams may get that one message twice.
 */
public final class TeamsChatGateway implements ChatGateway {
    static final String REF_PREFIX = "msteams:";
    /**
     * Teams' limits per bot and conversation: 7 sends per second, 8 per 2 s, 60 per 30 s (and 1,800 an hour, which an
     * onboarding bot never nears in one conversation; a 429 would tell). Keyed by the recipient: one person, one chat.
     */
    static final List<Pace.Limit> PER_CONVERSATION = List.of(
            new Pace.Limit(7, Duration.ofSeconds(1)),
            new Pace.Limit(8, Duration.ofSeconds(2)),
            new Pace.Limit(60, Duration.ofSeconds(30)));

    private final ConnectorClient connector;
    private final TeamsDirectory directory;
    private final AdaptiveCards cards;
    private final String appId;
    private final String tenantId;
    private final String serviceUrl;
    private final Clock clock;
    private final Pace perConversation = new Pace(PER_CONVERSATION);

    /** @param serviceUrl where conversations are opened and channels reached when no activity named another */
    public TeamsChatGateway(
            ConnectorClient connector,
            TeamsDirectory directory,
            String appId,
            String tenantId,
            String serviceUrl,
            Clock clock) {
        this.connector = connector;
        this.directory = directory;
        this.cards = new AdaptiveCards(new TeamsNames(directory));
        this.appId = appId;
        this.tenantId = tenantId;
        this.serviceUrl = serviceUrl;
        this.clock = clock;
    }

    @Override
    public String send(OutboundMessage message) {
        try {
            Conversation to = conversationOf(message.to());
            String activityId = connector.sendActivity(to.serviceUrl(), to.id(), cards.activity(message.content()));
            return REF_PREFIX + to.id() + "/" + activityId;
        } catch (DeliveryFailure failure) {
            if (message.to() instanceof Recipient.DirectMessage && ConnectorCalls.memberGone(failure)) {
                throw DeliveryFailure.recipientGone(failure.getMessage());
            }
            throw failure;
        }
    }

    @Override
    public Optional<Instant> turn(OutboundMessage message, Instant now) {
        return perConversation.take(message.to().address(), now);
    }

    @Override
    public Optional<String> findSent(OutboundMessage message) {
        return Optional.empty();
    }

    @Override
    public void update(String deliveryRef, ChatMessage content) {
        int slash = deliveryRef.lastIndexOf('/');
        if (!deliveryRef.startsWith(REF_PREFIX) || slash <= REF_PREFIX.length()) {
            throw new IllegalArgumentException("not a Teams delivery ref: '" + deliveryRef + "'");
        }
        String conversation = deliveryRef.substring(REF_PREFIX.length(), slash);
        connector.updateActivity(serviceUrl, conversation, deliveryRef.substring(slash + 1), cards.activity(content));
    }

    private record Conversation(String serviceUrl, String id) {}

    private Conversation conversationOf(Recipient recipient) {
        if (recipient instanceof Recipient.Channel channel) {
            return new Conversation(serviceUrl, channel.channelId());
        } else if (recipient instanceof Recipient.DirectMessage dm) {
            return personalChat(dm.user());
        }
        throw DeliveryFailure.permanent("Teams cannot deliver to " + recipient.address());
    }

    private Conversation personalChat(ChatUserId user) {
        Optional<TeamsDirectory.Entry> known = directory.find(user.value());
        if (known.flatMap(TeamsDirectory.Entry::conversationId).isPresent()) {
            return new Conversation(
                    known.get().serviceUrl(), known.get().conversationId().get());
        }
        String url = known.map(TeamsDirectory.Entry::serviceUrl).orElse(serviceUrl);
        String id = connector.createConversation(
                url, known.flatMap(TeamsDirectory.Entry::tenantId).orElse(tenantId), "28:" + appId, user.value());
        directory.remember(
                new TeamsDirectory.Entry(
                        user.value(),
                        Optional.empty(),
                        "",
                        url,
                        Optional.of(tenantId),
                        Optional.of(id),
                        Optional.empty()),
                clock.instant());
        return new Conversation(url, id);
    }
}
