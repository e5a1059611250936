package dev.onboardingbuddy.enrollment;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises people and channels as each platform writes them in settings and team files, so that one id says
 * which platform it belongs to. Stateless.
 */
public final class ChatIds {
    private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern SLACK_CHANNEL = Pattern.compile("[CG][A-Z0-9]{2,}");
    /** A Teams user id as the Bot Connector writes it, {@code 29:1AbC...}. */
    private static final Pattern TEAMS_USER = Pattern.compile("29:[A-Za-z0-9_=+/-]{4,}");
    /** A Microsoft Entra object id, which an admin may know a person by instead of the Teams id. */
    private static final Pattern ENTRA_OBJECT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A Teams channel conversation id, {@code 19:...@thread.tacv2}. */
    private static final Pattern TEAMS_CHANNEL = Pattern.compile("19:[^\\s]+@thread\\.[a-z0-9]+(;messageid=\\d+)?");

    private ChatIds() {}

    /** A Slack user id or a Teams user or Entra object id, with its platform; empty for anything else. */
    public static Optional<ChatUserId> person(String id) {
        if (SLACK_USER.matcher(id).matches()) {
            return Optional.of(ChatUserId.slack(id));
        }
        if (TEAMS_USER.matcher(id).matches() || ENTRA_OBJECT.matcher(id).matches()) {
            return Optional.of(ChatUserId.msteams(id));
        }
        return Optional.empty();
    }

    /** The platform of a channel id: Slack {@code C...}/{@code G...}, Teams {@code 19:...@thread...}. */
    public static Optional<Platform> channelPlatform(String id) {
        if (SLACK_CHANNEL.matcher(id).matches()) {
            return Optional.of(Platform.SLACK);
        }
        return TEAMS_CHANNEL.matcher(id).matches() ? Optional.of(Platform.MSTEAMS) : Optional.empty();
    }
}
