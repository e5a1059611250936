package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.Platform;
import java.util.Map;
import java.util.Optional;

/**
 * Sends each message through the gateway of its recipient's platform, so one installation can serve Slack, Teams
 * or both. Delivery references of a platform other than Slack begin with its key ({@code msteams:...}), which is
 * how an update finds its way back. Thread-safe when the gateways are.
 */
public final class GatewaysByPlatform implements ChatGateway {
  private final Map<Platform, ChatGateway> gateways;

  public GatewaysByPlatform(Map<Platform, ChatGateway> gateways) {
    this.gateways = Map.copyOf(gateways);
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
    return gateway(message.to().platform()).send(message);
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
