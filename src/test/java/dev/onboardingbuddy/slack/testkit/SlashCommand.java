package dev.onboardingbuddy.slack.testkit;

/**
 * The form fields of a slash command invocation, as Slack posts them. {@link #of} fills the fields tests rarely care
 * about with plausible values.
 */
public record SlashCommand(
        String command,
        String text,
        String userId,
        String userName,
        String channelId,
        String teamId,
        String triggerId,
        String responseUrl,
        String apiAppId,
        String token) {

    public static SlashCommand of(String command, String text, String userId) {
        return new SlashCommand(
                command,
                text,
                userId,
                userId.toLowerCase(),
                "D" + userId.substring(1),
                "T0FAKE",
                "1337.42.trigger",
                "https://hooks.slack.test/commands/T0FAKE/1/response",
                "A0BUDDY",
                "legacy-verification-token");
    }

    public SlashCommand inChannel(String newChannelId) {
        return new SlashCommand(
                command, text, userId, userName, newChannelId, teamId, triggerId, responseUrl, apiAppId, token);
    }

    /** The same command with the {@code response_url} of a fake, e.g. {@link FakeSlackApi#responseUrl()}. */
    public SlashCommand withResponseUrl(String newResponseUrl) {
        return new SlashCommand(
                command, text, userId, userName, channelId, teamId, triggerId, newResponseUrl, apiAppId, token);
    }
}
