package dev.onboardingbuddy.msteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.conversation.AnswerDirectMessage;
import dev.onboardingbuddy.conversation.ChatUseCases;
import dev.onboardingbuddy.conversation.ItemButtons;
import dev.onboardingbuddy.conversation.MeetingButtons;
import dev.onboardingbuddy.conversation.RunCommand;
import dev.onboardingbuddy.conversation.WelcomeNewcomers;
import dev.onboardingbuddy.http.HttpServer;
import dev.onboardingbuddy.msteams.testkit.BotFrameworkTokens;
import dev.onboardingbuddy.msteams.testkit.FakeBotFramework;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.programme.ChangeEnrollment;
import dev.onboardingbuddy.programme.NoticeDepartures;
import dev.onboardingbuddy.testing.InMemoryTeamsDirectory;
import dev.onboardingbuddy.testing.LoopbackServers;
import dev.onboardingbuddy.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/messages} while the database is unreachable: the work rolled back, so Teams gets a 503 and delivers
 * the activity again, rather than a 500 for something that was never a bug. The use cases are mocked at their
 * seam: what matters here is only how the handler answers what they throw.
 */
class TeamsActivityHandlerOutageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuntimeException DATABASE_DOWN = new IllegalStateException(
            "could not open a connection",
            new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 1000ms.", "08001"));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:30:00Z"));
    private final FakeBotFramework teams = new FakeBotFramework();
    private final BotFrameworkTokens tokens = teams.tokens(clock);
    private final AnswerDirectMessage directMessages = mock(AnswerDirectMessage.class);
    private final RunCommand commands = mock(RunCommand.class);
    private final ChatGateway gateway = mock(ChatGateway.class);
    private final ProcessedEvents processedEvents = mock(ProcessedEvents.class);
    private HttpServer server;

    @BeforeEach
    void start() {
        ChatUseCases useCases = new ChatUseCases(
                commands,
                directMessages,
                mock(ItemButtons.class),
                mock(MeetingButtons.class),
                mock(ChangeEnrollment.class),
                mock(NoticeDepartures.class),
                mock(WelcomeNewcomers.class));
        TeamsActivityHandler handler = new TeamsActivityHandler(
                new BotFrameworkAuth(teams.appId(), teams.openIdMetadataUrl(), clock, Duration.ofSeconds(2)),
                new InMemoryTeamsDirectory(),
                useCases,
                gateway,
                mock(Outbox.class),
                processedEvents,
                () -> {},
                Runnable::run,
                (url, conversation, user) -> Optional.empty(),
                clock);
        server = new HttpServer(
                        "127.0.0.1",
                        0,
                        List.of(new HttpServer.Route("/api/messages", handler)),
                        LoopbackServers.NO_OPERATIONS)
                .start()
                .open();
    }

    @AfterEach
    void stop() {
        server.close();
        teams.close();
    }

    private ObjectNode personal(String text) {
        ObjectNode activity = JSON.createObjectNode()
                .put("type", "message")
                .put("id", "act1")
                .put("channelId", "msteams")
                .put("serviceUrl", teams.serviceUrl())
                .put("text", text);
        activity.putObject("from").put("id", "29:hire0001").put("name", "Hana Hire");
        activity.putObject("conversation").put("id", "a:hire-chat").put("conversationType", "personal");
        activity.putObject("recipient").put("id", "28:" + teams.appId());
        return activity;
    }

    private int post(ObjectNode activity) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/messages"))
                .header("Authorization", tokens.valid(teams.serviceUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void aMessageThatMeetsAnUnreachableDatabaseGetsA503SoTeamsDeliversItAgain() throws Exception {
        doThrow(DATABASE_DOWN).when(directMessages).answer(any(), any(), any(), any(), any());

        assertThat(post(personal("done 1"))).isEqualTo(503);
        verifyNoInteractions(gateway);
    }

    @Test
    void aCommandThatMeetsAnUnreachableDatabaseGetsA503Too() throws Exception {
        when(processedEvents.firstSeen(any(), any())).thenReturn(true);
        when(commands.run(any(), any(), any())).thenThrow(DATABASE_DOWN);

        assertThat(post(personal("onboarding status"))).isEqualTo(503);
    }

    @Test
    void aBugIsNotMistakenForAnOutage() throws Exception {
        doThrow(new IllegalStateException("a bug")).when(directMessages).answer(any(), any(), any(), any(), any());

        assertThat(post(personal("done 1"))).isEqualTo(500);
    }
}
