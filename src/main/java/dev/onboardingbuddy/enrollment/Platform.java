package dev.onboardingbuddy.enrollment;

import java.util.Locale;

/** The chat platforms one installation can serve; every person and channel belongs to one of them. */
public enum Platform {
    SLACK("Slack", true),
    /** Microsoft Teams over the Bot Connector, which cannot open a group chat. */
    MSTEAMS("Microsoft Teams", false);

    private final String displayName;
    private final boolean opensGroupChats;

    Platform(String displayName, boolean opensGroupChats) {
        this.displayName = displayName;
        this.opensGroupChats = opensGroupChats;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the bot can start a conversation of several people, as introductions want. */
    public boolean opensGroupChats() {
        return opensGroupChats;
    }

    /** The lower-case name used in stored addresses and settings, such as {@code msteams}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
