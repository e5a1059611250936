package dev.onboardingbuddy.msteams;

import java.util.Optional;

/** A conversation member's profile as the Connector gives it ({@link ConnectorClient#member}). Thread-safe. */
@FunctionalInterface
public interface TeamsMembers {
    Optional<ConnectorClient.Member> member(String serviceUrl, String conversationId, String userId);
}
