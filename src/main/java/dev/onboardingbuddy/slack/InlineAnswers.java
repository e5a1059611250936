package dev.onboardingbuddy.slack;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.onboardingbuddy.conversation.RunCommand;
import java.util.Optional;

/**
 * Answers given on the HTTP request thread, without {@link AckDeadline}'s hand-off to a worker: only those that need
 * neither the database nor Slack, so nothing can keep Slack waiting past its deadline. Today that is
 * {@code /onboarding status} while a fresh snapshot holds it, the request a whole team sends during a stand-up; the
 * hand-off (two thread switches) was about a third of its cost. Bolt's middleware is skipped for these: it only
 * checks the bot token and ignores the bot's own events, and such an answer uses no token. Thread-safe.
 */
public final class InlineAnswers {
    private final Optional<OnboardingCommandListener> commands;

    private InlineAnswers(Optional<OnboardingCommandListener> commands) {
        this.commands = commands;
    }

    /** {@code /onboarding status} from a fresh snapshot, answered as {@code commands} would. */
    public static InlineAnswers of(RunCommand commands) {
        return new InlineAnswers(Optional.of(new OnboardingCommandListener(commands)));
    }

    /** Every request goes through Bolt on a worker. */
    public static InlineAnswers none() {
        return new InlineAnswers(Optional.empty());
    }

    /** The answer if it can be given at once without waiting on anything; empty otherwise. */
    Optional<Response> answer(Request<?> request) {
        if (commands.isPresent()
                && request instanceof SlashCommandRequest command
                && command.getPayload() != null
                && SlackMarkup.COMMAND.equals(command.getPayload().getCommand())) {
            return commands.get().answerFromSnapshot(command);
        }
        return Optional.empty();
    }
}
