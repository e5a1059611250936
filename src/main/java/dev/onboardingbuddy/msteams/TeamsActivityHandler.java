package dev.onboardingbuddy.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.conversation.ChatUseCases;
import dev.onboardingbuddy.conversation.Command;
import dev.onboardingbuddy.conversation.CommandParser;
import dev.onboardingbuddy.conversation.MeetingButtons;
import dev.onboardingbuddy.conversation.WelcomeNewcomers;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.persistence.DatabaseUnavailable;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: every activity Teams sends. The bearer token is verified before anything is read
 * beyond the two fields the check needs; then the sender is remembered (where to reach them, their time zone), and
 * the activity is translated into a core use case: a command ({@code onboarding start ...}), a message in the
 * personal chat ({@code done 3}), or a card button ({@code Action.Execute} invoke or {@code Action.Submit}).
 * Answers go through the outbox after the acknowledgement, except a card's own refresh, which the invoke response
 * carries. Thread-safe.
 */
public final class TeamsActivityHandler implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsActivityHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BotFrameworkAuth auth;
    private final TeamsDirectory directory;
    private final ChatUseCases useCases;
    private final ChatGateway teams;
    private final Outbox outbox;
    private final ProcessedEvents processedEvents;
    private final AdaptiveCards cards;
    private final Runnable wakeDispatcher;
    private final Executor background;
    private final TeamsMembers members;
    private final Clock clock;

    /** @param members reads a newcomer's address and user principal name, to match an expected hire */
    public TeamsActivityHandler(
            BotFrameworkAuth auth,
            TeamsDirectory directory,
            ChatUseCases useCases,
            ChatGateway teams,
            Outbox outbox,
            ProcessedEvents processedEvents,
            Runnable wakeDispatcher,
            Executor background,
            TeamsMembers members,
            Clock clock) {
        this.auth = auth;
        this.directory = directory;
        this.useCases = useCases;
        this.teams = teams;
        this.outbox = outbox;
        this.processedEvents = processedEvents;
        this.cards = new AdaptiveCards(new TeamsNames(directory));
        this.wakeDispatcher = wakeDispatcher;
        this.background = background;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx) {
        JsonNode activity;
        try {
            activity = JSON.readTree(ctx.bodyAsBytes());
        } catch (IOException malformed) {
            activity = null;
        }
        if (activity == null || !activity.isObject()) {
            ctx.status(400).json(Map.of("error", "the body is not a Bot Framework activity"));
            return;
        }
        try {
            auth.verify(
                    ctx.header("Authorization"),
                    TeamsActivities.text(activity, "serviceUrl"),
                    TeamsActivities.text(activity, "channelId"));
        } catch (BotFrameworkAuth.Rejected rejected) {
            LOG.warn("Rejected a request to {} from {}: {}", ctx.path(), ctx.ip(), rejected.reason());
            ctx.status(rejected.status())
                    .json(Map.of("error", rejected.status() == 401 ? "unauthorized" : "forbidden"));
            return;
        }
        String fromId = activity.path("from").path("id").asText("");
        if (fromId.isBlank()) {
            ctx.status(200).json(Map.of());
            return;
        }
        try {
            dispatch(ctx, activity, ChatUserId.msteams(fromId));
        } catch (RuntimeException failed) {
            if (!DatabaseUnavailable.isCause(failed)) {
                throw failed;
            }
            // Rolled back: nothing was changed or answered. A 503 makes the Bot Connector deliver the activity again,
            // and its id makes the redelivery count once.
            LOG.warn("could not handle a Teams activity while the database is unavailable: {}", failed.toString());
            ctx.status(503).json(Map.of("error", "the database is unavailable; try again"));
        }
    }

    private void dispatch(Context ctx, JsonNode activity, ChatUserId from) {
        remember(activity, from);
        String type = TeamsActivities.text(activity, "type");
        if ("invoke".equals(type) && "adaptiveCard/action".equals(TeamsActivities.text(activity, "name"))) {
            ctx.status(200).json(invoke(activity, from));
        } else if ("message".equals(type)
                && activity.path("value").isObject()
                && TeamsActivities.text(activity, "text").isBlank()) {
            submit(activity, from);
            ctx.status(200).json(Map.of());
        } else if ("message".equals(type)) {
            message(activity, from);
            ctx.status(200).json(Map.of());
        } else {
            if ("conversationUpdate".equals(type) || "installationUpdate".equals(type)) {
                arrivals(activity, from).forEach(newcomer -> background.execute(() -> welcome(activity, newcomer)));
            }
            ctx.status(200).json(Map.of()); // the rest: the sender is remembered above
        }
    }

    /**
     * Who an install or a membership change brings: the person who installed the app in their personal scope
     * ({@code installationUpdate} "add", or {@code conversationUpdate} adding the bot to a personal chat), and people
     * added to a team or group chat the bot is in. A team install brings nobody: it is the team, not a person.
     */
    private static List<String> arrivals(JsonNode activity, ChatUserId from) {
        String bot = activity.path("recipient").path("id").asText();
        boolean personal = "personal"
                .equals(activity.path("conversation").path("conversationType").asText());
        List<String> people = new ArrayList<>();
        if ("installationUpdate".equals(TeamsActivities.text(activity, "type"))) {
            if (personal && activity.path("action").asText("").startsWith("add")) {
                people.add(from.value());
            }
            return people;
        }
        for (JsonNode member : activity.path("membersAdded")) {
            String id = member.path("id").asText("");
            if (id.equals(bot)) {
                if (personal) {
                    people.add(from.value());
                }
            } else if (id.startsWith("29:")) {
                people.add(id);
            }
        }
        return people.stream().distinct().toList();
    }

    /** Reads the newcomer's addresses from the Connector, then enrols them if expected or offers them to the admins. */
    private void welcome(JsonNode activity, String userId) {
        String serviceUrl = TeamsActivities.text(activity, "serviceUrl");
        try {
            Optional<ConnectorClient.Member> member = members.member(
                    serviceUrl, activity.path("conversation").path("id").asText(), userId);
            List<String> addresses = member.stream()
                    .flatMap(found -> Stream.of(found.email(), found.userPrincipalName()))
                    .filter(address -> address != null && !address.isBlank())
                    .toList();
            member.ifPresent(found -> directory.rememberAddresses(
                    userId,
                    serviceUrl,
                    Optional.ofNullable(found.email()).filter(address -> !address.isBlank()),
                    Optional.ofNullable(found.userPrincipalName()).filter(address -> !address.isBlank()),
                    clock.instant()));
            useCases.newcomers().arrived(ChatUserId.msteams(userId), addresses);
        } catch (RuntimeException e) {
            LOG.error("could not welcome {}, who arrived in Teams", userId, e);
        }
    }

    private void remember(JsonNode activity, ChatUserId from) {
        boolean personal = "personal"
                .equals(activity.path("conversation").path("conversationType").asText());
        Optional<String> zone =
                TeamsActivities.timeZone(activity).filter(id -> People.zone(id).isPresent());
        String aad = activity.path("from").path("aadObjectId").asText("");
        String tenant = activity.path("channelData")
                .path("tenant")
                .path("id")
                .asText(activity.path("conversation").path("tenantId").asText(""));
        directory.remember(
                new TeamsDirectory.Entry(
                        from.value(),
                        aad.isBlank() ? Optional.empty() : Optional.of(aad),
                        activity.path("from").path("name").asText(""),
                        TeamsActivities.text(activity, "serviceUrl"),
                        tenant.isBlank() ? Optional.empty() : Optional.of(tenant),
                        personal
                                ? Optional.of(
                                        activity.path("conversation").path("id").asText())
                                : Optional.empty(),
                        zone),
                clock.instant());
        // Whom a message mentions is known by name from now on, so that the bot's own mentions of them read well.
        for (JsonNode mention : TeamsActivities.mentions(activity)) {
            String id = mention.path("mentioned").path("id").asText("");
            if (id.startsWith("29:")) {
                directory.rememberName(
                        id,
                        mention.path("mentioned").path("name").asText(""),
                        TeamsActivities.text(activity, "serviceUrl"),
                        clock.instant());
            }
        }
        // A new zone re-plans what the hire has not received yet; it waits for no one, so it runs after the ack.
        zone.flatMap(People::zone)
                .ifPresent(newZone -> background.execute(() -> useCases.enrolments()
                        .followZone(from, newZone)
                        .ifPresent(hire -> LOG.info(
                                "hire {} moved to time zone {}; unsent items re-planned", hire.id(), newZone))));
    }

    private void message(JsonNode activity, ChatUserId from) {
        boolean personal = "personal"
                .equals(activity.path("conversation").path("conversationType").asText());
        String words = TeamsActivities.commandWords(activity);
        String firstWord = words.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        Recipient answerTo = personal
                ? new Recipient.DirectMessage(from)
                : new Recipient.Channel(
                        Platform.MSTEAMS,
                        activity.path("conversation").path("id").asText());
        String activityId = "msteams:" + TeamsActivities.text(activity, "id");
        if (personal && !firstWord.equals(TeamsMarkup.COMMAND)) {
            useCases.directMessages().answer(activityId, from, words, Optional.empty(), answerTo);
            return;
        }
        if (!processedEvents.firstSeen(activityId, clock.instant())) {
            return;
        }
        String command = firstWord.equals(TeamsMarkup.COMMAND)
                ? words.substring(firstWord.length()).strip()
                : words;
        List<String> mentioned = TeamsActivities.mentions(activity).stream()
                .map(entity -> entity.path("mentioned").path("id").asText())
                .toList();
        Command parsed = new CommandParser(new TeamsCommandTokens(mentioned)).parse(command);
        ChatMessage now;
        try {
            now = useCases.commands().run(from, parsed, later -> answer(activityId + ":later", answerTo, later));
        } catch (RuntimeException failed) {
            if (DatabaseUnavailable.isCause(failed)) {
                throw failed;
            }
            LOG.error("the command from {} failed", from, failed);
            now = useCases.commands().failed();
        }
        answer(activityId, answerTo, now);
    }

    private void answer(String key, Recipient to, ChatMessage message) {
        Instant now = clock.instant();
        if (outbox.enqueue(new OutboundMessage("reply:" + key, to, message, now), now)) {
            wakeDispatcher.run();
        }
    }

    /** An {@code Action.Submit} from a client without Universal Actions: the card is refreshed by an update. */
    private void submit(JsonNode activity, ChatUserId from) {
        JsonNode data = activity.path("value");
        Optional<String> card = Optional.of(TeamsActivities.text(activity, "replyToId"))
                .filter(id -> !id.isBlank())
                .map(id -> TeamsChatGateway.REF_PREFIX
                        + activity.path("conversation").path("id").asText() + "/" + id);
        Optional<ChatMessage> refreshed = press(data, from, activity, card);
        refreshed.ifPresent(content -> background.execute(() -> teams.update(card.orElseThrow(), content)));
    }

    /** An {@code Action.Execute}: answered with the card as it should look now, or a short message. */
    private ObjectNode invoke(JsonNode activity, ChatUserId from) {
        JsonNode data = activity.path("value").path("action").path("data");
        Optional<String> card = Optional.of(TeamsActivities.text(activity, "replyToId"))
                .filter(id -> !id.isBlank())
                .map(id -> TeamsChatGateway.REF_PREFIX
                        + activity.path("conversation").path("id").asText() + "/" + id);
        Optional<ChatMessage> refreshed = press(data, from, activity, card);
        ObjectNode response = JSON.createObjectNode().put("statusCode", 200);
        if (refreshed.isPresent()) {
            response.put("type", AdaptiveCards.CONTENT_TYPE).set("value", cards.card(refreshed.get()));
        } else {
            response.put("type", "application/vnd.microsoft.activity.message").put("value", "Done.");
        }
        return response;
    }

    private Optional<ChatMessage> press(JsonNode data, ChatUserId from, JsonNode activity, Optional<String> card) {
        String action = data.path("action").asText("");
        String value = data.path("value").asText("");
        Recipient answerTo = "personal"
                        .equals(activity.path("conversation")
                                .path("conversationType")
                                .asText())
                ? new Recipient.DirectMessage(from)
                : new Recipient.Channel(
                        Platform.MSTEAMS,
                        activity.path("conversation").path("id").asText());
        if (action.equals(ButtonActions.ITEM_DONE)) {
            return useCases.itemButtons().done(from, value, card);
        } else if (action.equals(ButtonActions.SNOOZE)) {
            useCases.itemButtons().snooze(from, value, answerTo, TeamsActivities.text(activity, "id"));
        } else if (action.equals(ButtonActions.MEETING_MET)) {
            return updated(useCases.meetingButtons().meetingMet(from, value, Optional.of(answerTo), card), from);
        } else if (action.equals(ButtonActions.REVIEW_HELD)) {
            return updated(
                    useCases.meetingButtons()
                            .reviewHeld(
                                    from,
                                    value,
                                    data.path(AdaptiveCards.NOTES_INPUT).asText(""),
                                    Optional.of(answerTo),
                                    card),
                    from);
        } else if (action.equals(WelcomeNewcomers.IGNORE) && !value.isBlank()) {
            return Optional.of(useCases.newcomers().ignore(from, ChatUserId.fromStored(value)));
        } else if (action.equals(WelcomeNewcomers.ENROL) && !value.isBlank()) {
            return Optional.of(useCases.newcomers().howToEnrol(ChatUserId.fromStored(value)));
        } else {
            LOG.warn("ignored a card action '{}' from {}", action, from);
        }
        return Optional.empty();
    }

    /** The daily reminder post as it should now look, with the pressed item shown held or met. */
    private Optional<ChatMessage> updated(MeetingButtons.Outcome outcome, ChatUserId presser) {
        if (outcome instanceof MeetingButtons.Outcome.Refused refused) {
            LOG.info(
                    "a meeting button was refused for {}: {}",
                    presser,
                    refused.reason().plainText());
        }
        return outcome instanceof MeetingButtons.Outcome.Recorded recorded ? recorded.updated() : Optional.empty();
    }
}
