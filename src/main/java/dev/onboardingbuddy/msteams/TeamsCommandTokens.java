package dev.onboardingbuddy.msteams;

import dev.onboardingbuddy.conversation.CommandTokens;
import dev.onboardingbuddy.enrollment.ChatIds;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People as a Teams command names them: {@link TeamsActivities#commandWords} has turned each {@code <at>Name</at>}
 * into one word {@code @mention:N}, the N-th mentioned person. Channels are written as their id.
 */
final class TeamsCommandTokens implements CommandTokens {
    private static final Pattern TOKEN = Pattern.compile("@mention:(\\d+)");
    private final List<String> mentioned;

    /** @param mentioned the Teams ids of the people mentioned, in order */
    TeamsCommandTokens(List<String> mentioned) {
        this.mentioned = List.copyOf(mentioned);
    }

    @Override
    public Optional<ChatUserId> person(String word) {
        Matcher matcher = TOKEN.matcher(word);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(matcher.group(1));
        return index < mentioned.size() ? Optional.of(ChatUserId.msteams(mentioned.get(index))) : Optional.empty();
    }

    @Override
    public Optional<String> channel(String word) {
        return ChatIds.channelPlatform(word).filter(Platform.MSTEAMS::equals).map(platform -> word);
    }
}
