package dev.onboardingbuddy.config;

/**
 * How the bot reaches Microsoft Teams through the Bot Connector.
 *
 * @param appId the Azure Bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones
 * @param tenantId the Entra tenant of a single-tenant bot registration
 * @param managerChannel the channel conversation id ({@code 19:...@thread.tacv2}) for manager reminders
 * @param serviceUrl where proactive messages start a chat with someone who never wrote to the bot
 * @param tokenUrl the OAuth2 token endpoint; by default the tenant's
 */
public record MsTeamsSettings(
        String appId,
        Secret appPassword,
        String tenantId,
        String managerChannel,
        String serviceUrl,
        String openIdMetadataUrl,
        String tokenUrl) {

    /** Whether any of the settings that switch Teams on is given. */
    public boolean isWanted() {
        return !appId.isBlank() || appPassword.isPresent() || !tenantId.isBlank() || !managerChannel.isBlank();
    }
}
