package dev.onboardingbuddy.slack;

import com.google.gson.Gson;
import com.slack.api.RequestConfigurator;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.request.conversations.ConversationsOpenRequest;
import com.slack.api.methods.request.views.ViewsPublishRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.util.http.listener.HttpResponseListener;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.Response;

/**
 * The bot's Web API client for one bot token. The frequent methods ({@code chat.postMessage}, {@code chat.update},
 * {@code conversations.open}, {@code views.publish}) go through the SDK's own form building and HTTP client but are
 * parsed with one {@link Gson} for the life of this object; every other call goes through {@link #methods()} as is.
 *
 * <p>Why: the SDK's {@code MethodsClientImpl} builds a new Gson for every answer it parses, and a fresh Gson builds
 * its reflective type adapters for the whole response class tree again. In a burst of 1,000 enrolments that was ~11 %
 * of the bot's CPU samples and ~10 % of its allocation (JFR, {@code Gson.getAdapter}). The SDK's form building
 * already serialises blocks, metadata and views with one static Gson, so requests are left to it unchanged.
 *
 * <p>Errors are the SDK's: a non-2xx answer throws {@link SlackApiException} with the response, an {@code ok:false}
 * answer is returned, so {@link SlackCalls} judges both as before. Thread-safe (Gson instances are).
 */
public final class SlackWebApi {

    private final MethodsClient methods;
    private final String token;
    private final SlackConfig config;
    private final Gson gson;

    /**
     * @param methods the SDK's client: its HTTP client and API URL carry these calls, and it serves the rarer ones
     * @param token   the bot token sent with the frequent calls (the SDK's client may hold it too, but does not say)
     * @param config  the configuration {@code methods} was made with, so that answers parse as the SDK would
     */
    public SlackWebApi(MethodsClient methods, String token, SlackConfig config) {
        this.methods = Objects.requireNonNull(methods, "methods");
        this.token = Objects.requireNonNull(token, "token");
        this.config = Objects.requireNonNull(config, "config");
        this.gson = GsonFactory.createSnakeCase(config);
    }

    /** Over the Bolt App's client, bot token and SDK configuration. */
    public static SlackWebApi of(App app) {
        return new SlackWebApi(
                app.client(), app.config().getSingleTeamBotToken(), app.slack().getConfig());
    }

    /** The SDK's client, for the calls that are rare enough to go through it as is. */
    MethodsClient methods() {
        return methods;
    }

    ChatPostMessageResponse chatPostMessage(
            RequestConfigurator<ChatPostMessageRequest.ChatPostMessageRequestBuilder> request)
            throws IOException, SlackApiException {
        ChatPostMessageRequest built =
                request.configure(ChatPostMessageRequest.builder()).build();
        return post(
                RequestFormBuilder.toForm(built), "chat.postMessage", built.getToken(), ChatPostMessageResponse.class);
    }

    ChatUpdateResponse chatUpdate(RequestConfigurator<ChatUpdateRequest.ChatUpdateRequestBuilder> request)
            throws IOException, SlackApiException {
        ChatUpdateRequest built = request.configure(ChatUpdateRequest.builder()).build();
        return post(RequestFormBuilder.toForm(built), "chat.update", built.getToken(), ChatUpdateResponse.class);
    }

    ConversationsOpenResponse conversationsOpen(
            RequestConfigurator<ConversationsOpenRequest.ConversationsOpenRequestBuilder> request)
            throws IOException, SlackApiException {
        ConversationsOpenRequest built =
                request.configure(ConversationsOpenRequest.builder()).build();
        return post(
                RequestFormBuilder.toForm(built),
                "conversations.open",
                built.getToken(),
                ConversationsOpenResponse.class);
    }

    ViewsPublishResponse viewsPublish(RequestConfigurator<ViewsPublishRequest.ViewsPublishRequestBuilder> request)
            throws IOException, SlackApiException {
        ViewsPublishRequest built =
                request.configure(ViewsPublishRequest.builder()).build();
        return post(RequestFormBuilder.toForm(built), "views.publish", built.getToken(), ViewsPublishResponse.class);
    }

    /** What {@code MethodsClientImpl.parseJsonResponseAndRunListeners} does, with the one Gson. */
    private <T extends SlackApiTextResponse> T post(
            FormBody.Builder form, String method, String requestToken, Class<T> type)
            throws IOException, SlackApiException {
        // As the SDK: a token set on the request wins over the client's.
        String bearer = requestToken != null ? requestToken : token;
        try (Response response = methods.runPostFormWithToken(form, method, bearer)) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(config, response, body);
            }
            try {
                T parsed = gson.fromJson(body, type);
                parsed.setHttpResponseHeaders(lowerCasedHeaders(response));
                return parsed;
            } finally {
                // The SDK's debug logging of Web API traffic, kept for these calls too.
                HttpResponseListener.State state = new HttpResponseListener.State(config, response, body, false);
                config.getHttpClientResponseHandlers().forEach(listener -> listener.accept(state));
            }
        }
    }

    private static Map<String, List<String>> lowerCasedHeaders(Response response) {
        Map<String, List<String>> headers = new HashMap<>();
        response.headers()
                .toMultimap()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ENGLISH), values));
        return headers;
    }
}
