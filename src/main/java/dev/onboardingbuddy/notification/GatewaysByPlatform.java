package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.Platform;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends each message through the gateway of its recipient's platform, so one installation can serve Slack, Teams
 * or both. Delivery references of a platform other than Slack begin with its key ({@code msteams:...}), which is
 * how an update finds its way back.
 *
 * <p>Each platform also has a budget for the whole workspace, shared by every sender of this process: a message
 * takes a turn of its platform's budget as well as of its conversation's pace (the gateway's), and a 429 with a
 * Retry-After pauses the whole platform for that long, since whatever limit Slack or Teams hit applies to the next
 * message as much. Thread-safe when the gateways are.
 */
public final class GatewaysByPlatform implements ChatGateway {
    private final Map<Platform, ChatGateway> gateways;
    private final Map<Platform, Pace> budgets;
    private final Clock clock;

    /** Without budgets: only the gateways' own pace applies. */
    public GatewaysByPlatform(Map<Platform, ChatGateway> gateways) {
        this(gateways, Map.of(), Clock.systemUTC());
    }

    /** @param budgets per platform, the pace of all its sends together; a platform without one has no budget */
    public GatewaysByPlatform(Map<Platform, ChatGateway> gateways, Map<Platform, Pace> budgets, Clock clock) {
        this.gateways = Map.copyOf(gateways);
        Map<Platform, Pace> all = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            all.put(platform, budgets.getOrDefault(platform, Pace.unlimited()));
        }
        this.budgets = all;
        this.clock = clock;
    }

    /** The platform a delivery reference was made by. */
    public static Platform platformOf(String deliveryRef) {
        for (Platform platform : Platform.values()) {
            if (platform != Platform.SLACK && deliveryRef.startsWith(platform.key() + ":")) {
                return platform;
            }
        }
        return Platform.SLACK;
    }

    @Override
    public String send(OutboundMessage message) {
        Platform platform = message.to().platform();
        try {
            return gateway(platform).send(message);
        } catch (DeliveryFailure failure) {
            failure.retryAfter()
                    .ifPresent(wait -> budgets.get(platform)
                            .pause(platform.key(), clock.instant().plus(wait)));
            throw failure;
        }
    }

    /** The platform's budget first (it may be paused), then the conversation's pace, then a turn of the budget. */
    @Override
    public Optional<Instant> turn(OutboundMessage message, Instant now) {
        Platform platform = message.to().platform();
        ChatGateway gateway = gateways.get(platform);
        if (gateway == null) {
            return Optional.empty(); // the send fails permanently; no need to wait for that
        }
        Pace budget = budgets.get(platform);
        Optional<Instant> wait = budget.next(platform.key(), now);
        if (wait.isPresent()) {
            return wait;
        }
        wait = gateway.turn(message, now);
        // Another sender may have taken the budget's last turn meanwhile: then the conversation's turn is lost, which
        // only slows that conversation a little.
        return wait.isPresent() ? wait : budget.take(platform.key(), now);
    }

    /**
     * The room left in the budgets of the platforms served; a conversation's own pace may still defer some. While one
     * platform has room and another none, as much as asked: a claim does not tell the platforms apart, and the oldest
     * messages, of the platform without room, would otherwise fill every claim and hold the other platform's back.
     */
    @Override
    public int room(Instant now) {
        if (gateways.isEmpty()) {
            return Integer.MAX_VALUE; // every send fails at once, with no budget to wait for
        }
        long room = 0;
        boolean someFull = false;
        for (Platform platform : gateways.keySet()) {
            int left = budgets.get(platform).room(platform.key(), now);
            someFull |= left == 0;
            room += left;
        }
        return someFull && room > 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, room);
    }

    @Override
    public Optional<String> findSent(OutboundMessage message) {
        return gateway(message.to().platform()).findSent(message);
    }

    @Override
    public void update(String deliveryRef, ChatMessage content) {
        gateway(platformOf(deliveryRef)).update(deliveryRef, content);
    }

    private ChatGateway gateway(Platform platform) {
        ChatGateway gateway = gateways.get(platform);
        if (gateway == null) {
            // Permanent: the installation does not serve that platform (its settings were removed after enrolment).
            throw DeliveryFailure.permanent(platform.displayName() + " is not configured in this installation");
        }
        return gateway;
    }
}
