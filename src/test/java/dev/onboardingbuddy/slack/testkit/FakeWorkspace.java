package dev.onboardingbuddy.slack.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The state behind {@link FakeSlackApi} and its answers, one method at a time. Answers carry only the fields the SDK
 * and the bot read. All public-facing methods are synchronized: the fake serves on several threads.
 */
final class FakeWorkspace {

    static final String TEAM_ID = "T0FAKE";
    static final String BOT_USER_ID = "UBOT";
    static final String BOT_ID = "BBOT";
    static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Berlin");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Base of every ts; a counter keeps them strictly increasing whatever the clock does. */
    private static final long TS_BASE_SECONDS = 1_700_000_000L;

    private record FakeUser(String realName, ZoneId timeZone, String email) {}

    private final Clock clock;
    private final Map<String, List<RecordedMessage>> messagesByChannel = new HashMap<>();
    private final Map<String, FakeUser> users = new HashMap<>();
    /** The home tab each user sees now: the last view published to them. */
    private final Map<String, JsonNode> homes = new HashMap<>();

    private long sequence;

    FakeWorkspace(Clock clock) {
        this.clock = clock;
    }

    synchronized void putUser(String userId, String realName, ZoneId timeZone) {
        putUser(userId, realName, timeZone, null);
    }

    synchronized void putUser(String userId, String realName, ZoneId timeZone, String email) {
        users.put(userId, new FakeUser(realName, timeZone, email));
    }

    synchronized List<RecordedMessage> messagesIn(String channel) {
        return List.copyOf(messagesByChannel.getOrDefault(channel, List.of()));
    }

    /** Messages someone else wrote into the channel, without any of the bot's metadata. */
    synchronized void addOthers(String channel, int count) {
        List<RecordedMessage> messages = messagesByChannel.computeIfAbsent(channel, c -> new ArrayList<>());
        for (int i = 0; i < count; i++) {
            messages.add(new RecordedMessage(channel, nextTs(), "message " + i, null, null, null));
        }
    }

    synchronized List<RecordedMessage> allMessages() {
        return messagesByChannel.values().stream().flatMap(List::stream).toList();
    }

    synchronized void reset() {
        messagesByChannel.clear();
        users.clear();
        homes.clear();
        sequence = 0;
    }

    synchronized JsonNode answer(String method, Map<String, String> params) {
        return switch (method) {
            case "auth.test" ->
                ok().put("url", "https://fake.slack.test/")
                        .put("team", "Fake Team")
                        .put("user", "onboarding-buddy")
                        .put("team_id", TEAM_ID)
                        .put("user_id", BOT_USER_ID)
                        .put("bot_id", BOT_ID)
                        .put("is_enterprise_install", false);
            case "conversations.open" -> conversationsOpen(params.get("users"));
            case "chat.postMessage" -> postMessage(params);
            case "chat.update" -> update(params);
            case "chat.postEphemeral" -> ok().put("message_ts", nextTs());
            case "users.info" -> usersInfo(params.get("user"));
            case "users.lookupByEmail" -> lookupByEmail(params.get("email"));
            case "conversations.history" -> history(params);
            case "views.open" -> view(params);
            case "views.publish" -> publish(params);
            default -> FakeSlackApi.errorBody("unknown_method");
        };
    }

    /** One user gets a D channel derived from the id; several get a deterministic G (group DM) channel. */
    private JsonNode conversationsOpen(String userIds) {
        if (userIds == null || userIds.isBlank()) {
            return FakeSlackApi.errorBody("users_list_not_supplied");
        }
        List<String> ids =
                Arrays.stream(userIds.split(",")).map(String::trim).sorted().toList();
        String channel = ids.size() == 1
                ? "D" + ids.get(0).substring(1)
                : "G" + ids.stream().map(id -> id.substring(1)).collect(Collectors.joining());
        ObjectNode answer = ok();
        answer.putObject("channel").put("id", channel);
        return answer;
    }

    private JsonNode postMessage(Map<String, String> params) {
        String channel = params.get("channel");
        if (channel == null) {
            return FakeSlackApi.errorBody("channel_not_found");
        }
        RecordedMessage message = new RecordedMessage(
                channel,
                nextTs(),
                params.get("text"),
                parse(params.get("blocks")),
                parse(params.get("metadata")),
                params.get("thread_ts"));
        messagesByChannel.computeIfAbsent(channel, c -> new ArrayList<>()).add(message);
        ObjectNode answer = ok().put("channel", channel).put("ts", message.ts());
        answer.set("message", toJson(message, true));
        return answer;
    }

    private JsonNode update(Map<String, String> params) {
        List<RecordedMessage> messages = messagesByChannel.getOrDefault(params.get("channel"), List.of());
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).ts().equals(params.get("ts"))) {
                messages.set(i, messages.get(i).updated(params.get("text"), parse(params.get("blocks"))));
                return ok().put("channel", params.get("channel"))
                        .put("ts", params.get("ts"))
                        .put("text", messages.get(i).text());
            }
        }
        return FakeSlackApi.errorBody("message_not_found");
    }

    private JsonNode usersInfo(String userId) {
        if (userId == null) {
            return FakeSlackApi.errorBody("user_not_found");
        }
        FakeUser user = users.getOrDefault(userId, new FakeUser("User " + userId, DEFAULT_TIME_ZONE, null));
        ObjectNode answer = ok();
        answer.set("user", userJson(userId, user));
        return answer;
    }

    /** As Slack answers: the user whose profile has the address, ignoring case, else {@code users_not_found}. */
    private JsonNode lookupByEmail(String email) {
        if (email == null || email.isBlank()) {
            return FakeSlackApi.errorBody("invalid_arguments");
        }
        return users.entrySet().stream()
                .filter(entry -> entry.getValue().email() != null
                        && entry.getValue().email().equalsIgnoreCase(email))
                .findFirst()
                .<JsonNode>map(entry -> {
                    ObjectNode answer = ok();
                    answer.set("user", userJson(entry.getKey(), entry.getValue()));
                    return answer;
                })
                .orElseGet(() -> FakeSlackApi.errorBody("users_not_found"));
    }

    /** A user object with the fields Slack's users.info and team_join carry that the bot reads. */
    synchronized ObjectNode userJson(String userId) {
        return userJson(userId, users.getOrDefault(userId, new FakeUser("User " + userId, DEFAULT_TIME_ZONE, null)));
    }

    private ObjectNode userJson(String userId, FakeUser user) {
        ObjectNode json = JSON.createObjectNode()
                .put("id", userId)
                .put("team_id", TEAM_ID)
                .put("name", userId.toLowerCase())
                .put("real_name", user.realName())
                .put("is_bot", false)
                .put("tz", user.timeZone().getId())
                .put("tz_label", user.timeZone().getId())
                .put(
                        "tz_offset",
                        user.timeZone().getRules().getOffset(clock.instant()).getTotalSeconds());
        ObjectNode profile =
                json.putObject("profile").put("real_name", user.realName()).put("display_name", user.realName());
        if (user.email() != null) {
            profile.put("email", user.email());
        }
        return json;
    }

    /** Newest first, like Slack; metadata only when asked for, like Slack. */
    private JsonNode history(Map<String, String> params) {
        boolean withMetadata =
                "true".equals(params.get("include_all_metadata")) || "1".equals(params.get("include_all_metadata"));
        int limit = params.containsKey("limit") ? Integer.parseInt(params.get("limit")) : 100;
        // The cursor is the offset into the newest-first list; Slack's are opaque, which the bot must not rely on.
        String cursor = params.get("cursor");
        int offset = cursor == null || cursor.isEmpty() ? 0 : Integer.parseInt(cursor.substring("page:".length()));
        List<RecordedMessage> messages = new ArrayList<>(messagesIn(params.get("channel")));
        Collections.reverse(messages);
        boolean hasMore = messages.size() > offset + limit;
        ObjectNode answer = ok().put("has_more", hasMore);
        ArrayNode array = answer.putArray("messages");
        messages.stream().skip(offset).limit(limit).forEach(message -> array.add(toJson(message, withMetadata)));
        answer.putObject("response_metadata").put("next_cursor", hasMore ? "page:" + (offset + limit) : "");
        return answer;
    }

    /** Like Slack: a home view needs a user and a view of type home, and replaces what that user's tab shows. */
    private JsonNode publish(Map<String, String> params) {
        String user = params.get("user_id");
        JsonNode view = parse(params.get("view"));
        if (user == null || user.isBlank()) {
            return FakeSlackApi.errorBody("invalid_arguments");
        }
        if (view == null || !"home".equals(view.path("type").asText())) {
            return FakeSlackApi.errorBody("invalid_arguments");
        }
        if (view.path("blocks").size() > 100) {
            return FakeSlackApi.errorBody("invalid_blocks");
        }
        JsonNode answer = view(params);
        homes.put(user, answer.path("view"));
        return answer;
    }

    synchronized JsonNode homeOf(String user) {
        return homes.get(user);
    }

    private JsonNode view(Map<String, String> params) {
        JsonNode posted = parse(params.get("view"));
        ObjectNode view = posted instanceof ObjectNode object ? object.deepCopy() : JSON.createObjectNode();
        view.put("id", "V" + String.format("%08d", ++sequence)).put("team_id", TEAM_ID);
        ObjectNode answer = ok();
        answer.set("view", view);
        return answer;
    }

    private ObjectNode toJson(RecordedMessage message, boolean withMetadata) {
        ObjectNode json = JSON.createObjectNode()
                .put("type", "message")
                .put("user", BOT_USER_ID)
                .put("bot_id", BOT_ID)
                .put("text", message.text())
                .put("ts", message.ts());
        if (message.threadTs() != null) {
            json.put("thread_ts", message.threadTs());
        }
        if (message.blocks() != null) {
            json.set("blocks", message.blocks());
        }
        if (withMetadata && message.metadata() != null) {
            json.set("metadata", message.metadata());
        }
        return json;
    }

    private String nextTs() {
        long n = ++sequence;
        return String.format("%d.%06d", TS_BASE_SECONDS + n / 1_000_000, n % 1_000_000);
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException notJson) {
            return JSON.getNodeFactory().textNode(json);
        }
    }
}
