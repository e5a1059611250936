package dev.onboardingbuddy.simulation;

import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Span;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A chat platform that only writes down what reached it and when. Thread-safe; shared by simulated processes. */
final class RecordingChatGateway implements ChatGateway {

    /** One message as the platform received it. */
    record Sent(Instant at, OutboundMessage message) {
        String key() {
            return message.idempotencyKey();
        }

        /** The words as a reader sees them without markup; mentions read {@code @U1}. */
        String text() {
            return message.content().text().plainText();
        }

        List<Span> spans() {
            return message.content().text().spans();
        }
    }

    private final Clock clock;
    private final List<Sent> sent = new ArrayList<>();

    RecordingChatGateway(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized String send(OutboundMessage message) {
        sent.add(new Sent(clock.instant(), message));
        return "ref-" + sent.size();
    }

    @Override
    public synchronized Optional<String> findSent(OutboundMessage message) {
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).key().equals(message.idempotencyKey())) {
                return Optional.of("ref-" + (i + 1));
            }
        }
        return Optional.empty();
    }

    @Override
    public void update(String deliveryRef, ChatMessage content) {}

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}
