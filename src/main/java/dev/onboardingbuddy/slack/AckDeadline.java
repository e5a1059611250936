package dev.onboardingbuddy.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.util.json.GsonFactory;
import dev.onboardingbuddy.persistence.DatabaseUnavailable;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Bolt for one request and answers Slack within its three seconds whatever the database does, so that Slack
 * never counts a delivery as failed because we were slow.
 *
 * <ul>
 *   <li>Database unavailable ({@link DatabaseUnavailable}; the work was rolled back): a slash command is told so in
 *       its ack; an event gets 503, so Slack delivers it again later and the retry is handled once (events are
 *       deduplicated on their id); a button or form gets 503, which Slack shows to the person as a failure.
 *   <li>Past the deadline, the work goes on: a slash command is told to wait and gets the real answer through its
 *       {@code response_url}; an event gets 503 (its retry finds the event already handled, or handles it); other
 *       interactions are acknowledged.
 * </ul>
 *
 * <p>Thread-safe. Work runs on a bounded pool: when it is full (the database hangs) requests are turned away at once
 * the same way as when the database is unavailable. What {@link InlineAnswers} can answer without waiting on anything
 * is answered on the caller's thread instead.
 */
final class AckDeadline implements AutoCloseable {
    static final String DATABASE_DOWN =
            ":warning: I can't reach my database right now; nothing was changed. " + "Please try again in a minute.";
    static final String STILL_WORKING =
            ":hourglass_flowing_sand: This is taking longer than usual; I'll answer here " + "as soon as it's done.";
    private static final Logger LOG = LoggerFactory.getLogger(AckDeadline.class);

    private final App app;
    private final InlineAnswers inline;
    private final Duration deadline;
    private final ThreadPoolExecutor workers;

    AckDeadline(App app, Duration deadline, InlineAnswers inline) {
        this.app = app;
        this.inline = inline;
        this.deadline = deadline;
        this.workers = new ThreadPoolExecutor(16, 16, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), runnable -> {
            Thread thread = new Thread(runnable, "slack-request");
            thread.setDaemon(true);
            return thread;
        });
        workers.allowCoreThreadTimeOut(true);
    }

    Response run(Request<?> request) throws Exception {
        Optional<Response> atOnce = inline.answer(request);
        if (atOnce.isPresent()) {
            return atOnce.get(); // needed neither the database nor Slack: nothing to wait for, no deadline to keep
        }
        CompletableFuture<Response> work;
        try {
            work = CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return app.run(request);
                        } catch (Exception e) {
                            throw new CompletionException(e);
                        }
                    },
                    workers);
        } catch (RejectedExecutionException busy) {
            LOG.warn(
                    "Turned away a Slack {} request: every worker is busy (the database may hang)",
                    request.getRequestType());
            return unavailable(request);
        }
        try {
            return work.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (DatabaseUnavailable.isCause(cause)) {
                LOG.warn(
                        "Answered a Slack {} request with 'try again': the database is unavailable ({})",
                        request.getRequestType(),
                        cause.toString());
                return unavailable(request);
            }
            throw cause instanceof Exception exception ? exception : new IllegalStateException(cause);
        } catch (TimeoutException late) {
            return late(request, work);
        }
    }

    private static Response unavailable(Request<?> request) {
        if (request.getRequestType() == RequestType.Command) {
            return Response.json(200, Map.of("response_type", "ephemeral", "text", DATABASE_DOWN));
        }
        return Response.json(503, Map.of("error", "database unavailable, try again later"));
    }

    private Response late(Request<?> request, CompletableFuture<Response> work) {
        LOG.warn(
                "A Slack {} request is still running after {} ms; acknowledged without its answer",
                request.getRequestType(),
                deadline.toMillis());
        if (request.getRequestType() == RequestType.Command && request.getResponseUrl() != null) {
            String responseUrl = request.getResponseUrl();
            work.whenComplete((response, error) -> answerLater(responseUrl, response, error));
            return Response.json(200, Map.of("response_type", "ephemeral", "text", STILL_WORKING));
        }
        if (request.getRequestType() == RequestType.Event) {
            return Response.json(503, Map.of("error", "still working, deliver again later"));
        }
        return Response.ok();
    }

    private void answerLater(String responseUrl, Response response, Throwable error) {
        String body;
        if (error == null
                && response.getStatusCode() != null
                && response.getStatusCode() == 200
                && response.getBody() != null
                && !response.getBody().isBlank()) {
            body = response.getBody();
        } else {
            boolean databaseDown = error != null && DatabaseUnavailable.isCause(error);
            if (error != null && !databaseDown) {
                LOG.error("a slash command failed after its acknowledgement", error);
            }
            body = GsonFactory.createSnakeCase()
                    .toJson(
                            Map.of(
                                    "response_type",
                                    "ephemeral",
                                    "text",
                                    databaseDown
                                            ? DATABASE_DOWN
                                            : ":warning: Something went wrong on our side. Please check with `/onboarding status` and try again."));
        }
        try {
            app.slack().send(responseUrl, body);
        } catch (IOException e) {
            LOG.warn("could not answer through response_url: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        workers.shutdown();
    }
}
