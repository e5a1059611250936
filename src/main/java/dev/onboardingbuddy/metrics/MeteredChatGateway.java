package dev.onboardingbuddy.metrics;

import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.notification.OutboundMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Optional;

/** Counts sends by result ({@code onboarding_sends_total{result=...}}) around any chat gateway. */
public final class MeteredChatGateway implements ChatGateway {
    private final ChatGateway delegate;
    private final MeterRegistry registry;

    public MeteredChatGateway(ChatGateway delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        for (String result : new String[] {"sent", "found_after_crash", "retryable", "rate_limited", "permanent"}) {
            counter(result);
        }
    }

    @Override
    public String send(OutboundMessage message) {
        try {
            String ref = delegate.send(message);
            counter("sent").increment();
            return ref;
        } catch (DeliveryFailure failure) {
            counter(failure.retryAfter().isPresent() ? "rate_limited" : failure.retryable() ? "retryable" : "permanent")
                    .increment();
            throw failure;
        }
    }

    @Override
    public Optional<String> findSent(OutboundMessage message) {
        Optional<String> found = delegate.findSent(message);
        found.ifPresent(ref -> counter("found_after_crash").increment());
        return found;
    }

    @Override
    public Optional<Instant> turn(OutboundMessage message, Instant now) {
        return delegate.turn(message, now);
    }

    @Override
    public int room(Instant now) {
        return delegate.room(now);
    }

    @Override
    public void update(String deliveryRef, ChatMessage content) {
        delegate.update(deliveryRef, content);
    }

    private Counter counter(String result) {
        return Counter.builder("onboarding.sends")
                .description("Messages handed to the chat platform, by result")
                .tag("result", result)
                .register(registry);
    }
}
