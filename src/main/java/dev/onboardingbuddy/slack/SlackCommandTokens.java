package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.conversation.CommandTokens;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People and channels as {@code /onboarding} receives them: escaped ({@code <@U123|name>}, {@code <#C123|name>})
 * because the command is declared with {@code should_escape: true}; a bare channel id is accepted too.
 */
public final class SlackCommandTokens implements CommandTokens {
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
    private static final Pattern CHANNEL = Pattern.compile("<#([CG][A-Z0-9]+)(?:\\|[^>]*)?>|([CG][A-Z0-9]{2,})");

    @Override
    public Optional<ChatUserId> person(String word) {
        Matcher matcher = MENTION.matcher(word);
        return matcher.matches() ? Optional.of(ChatUserId.slack(matcher.group(1))) : Optional.empty();
    }

    @Override
    public Optional<String> channel(String word) {
        Matcher matcher = CHANNEL.matcher(word);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
}
