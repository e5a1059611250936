package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.Optional;

/**
 * How one platform writes people and channels in a command: Slack sends {@code <@U123|name>} and
 * {@code <#C123|name>}; Teams sends mention entities that its adapter turns into single words first.
 */
public interface CommandTokens {

    /** The person a word stands for, if it is a mention. */
    Optional<ChatUserId> person(String word);

    /** The channel id a word stands for, if it names a channel. */
    Optional<String> channel(String word);
}
