package dev.onboardingbuddy.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.util.json.GsonFactory;
import dev.onboardingbuddy.conversation.CommandParser;
import dev.onboardingbuddy.conversation.RunCommand;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.persistence.DatabaseUnavailable;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /onboarding}: the answer goes back in the acknowledgement; what comes later (the outcome of an enrolment)
 * through the command's {@code response_url}.
 */
final class OnboardingCommandListener implements SlashCommandHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OnboardingCommandListener.class);

    private final RunCommand commands;
    private final CommandParser parser = new CommandParser(new SlackCommandTokens());
    /**
     * The JSON of answers from snapshots, by who asked what: the same message comes back while the snapshot lasts,
     * and writing 1 KB of text as mrkdwn and then JSON (Bolt's Gson, escaping every {@code <}) was most of such an
     * answer's cost.
     */
    private final Map<String, Acknowledgement> acknowledgements = new ConcurrentHashMap<>();

    private static final int MOST_KEPT = 1_000;

    private static final Gson RESPONSE_JSON = GsonFactory.createSnakeCase();

    /** @param message what was written, compared by identity: a new message is written anew */
    private record Acknowledgement(ChatMessage message, Integer status, String contentType, String body) {
        Response response() {
            return Response.builder()
                    .statusCode(status)
                    .contentType(contentType)
                    .body(body)
                    .build();
        }
    }

    OnboardingCommandListener(RunCommand commands) {
        this.commands = commands;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        ChatUserId caller = ChatUserId.slack(request.getPayload().getUserId());
        ChatMessage now;
        try {
            now = commands.run(caller, parser.parse(request.getPayload().getText()), later -> respond(context, later));
        } catch (RuntimeException unexpected) {
            if (DatabaseUnavailable.isCause(unexpected)) {
                throw unexpected; // the bridge tells the caller in time that nothing was changed (AckDeadline)
            }
            LOG.error("/onboarding failed", unexpected);
            now = commands.failed();
        }
        return context.ack(SlackMarkup.mrkdwn(now.text()));
    }

    /** The acknowledgement {@link #apply} would give, when it needs no database (see {@link InlineAnswers}). */
    Optional<Response> answerFromSnapshot(SlashCommandRequest request) {
        ChatUserId caller = ChatUserId.slack(request.getPayload().getUserId());
        return commands.answerFromSnapshot(
                        caller, parser.parse(request.getPayload().getText()))
                .map(now -> acknowledgement(request, now));
    }

    private Response acknowledgement(SlashCommandRequest request, ChatMessage message) {
        String asked =
                request.getPayload().getUserId() + " " + request.getPayload().getText();
        Acknowledgement kept = acknowledgements.get(asked);
        if (kept == null || kept.message() != message) {
            Response written = request.getContext().ack(SlackMarkup.mrkdwn(message.text()));
            kept = new Acknowledgement(message, written.getStatusCode(), written.getContentType(), written.getBody());
            if (acknowledgements.size() >= MOST_KEPT) {
                acknowledgements.clear(); // questions come and go with snapshots; start over rather than track use
            }
            acknowledgements.put(asked, kept);
        }
        return kept.response();
    }

    /**
     * Answers through the command's {@code response_url} as Bolt's {@code context.respond} does, but written with one
     * Gson: the SDK builds a new one for every answer it posts (its reflective adapters again each time), which was
     * about a tenth of an enrolment's CPU in the burst benchmark. The SDK posts a string body as it is.
     */
    private static void respond(SlashCommandContext context, ChatMessage message) {
        String json = RESPONSE_JSON.toJson(SlashCommandResponse.builder()
                .text(SlackMarkup.mrkdwn(message.text()))
                .build());
        try (okhttp3.Response response =
                context.getSlack().getHttpClient().postJsonBody(context.getResponseUrl(), json)) {
            if (!response.isSuccessful()) {
                LOG.warn("could not answer through response_url: HTTP {}", response.code());
            }
        } catch (IOException e) {
            LOG.warn("could not answer through response_url: {}", e.getMessage());
        }
    }
}
