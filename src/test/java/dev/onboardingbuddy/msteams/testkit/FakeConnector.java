package dev.onboardingbuddy.msteams.testkit;

import static dev.onboardingbuddy.msteams.testkit.FakeBotFramework.CREATE_CONVERSATION;
import static dev.onboardingbuddy.msteams.testkit.FakeBotFramework.MEMBER;
import static dev.onboardingbuddy.msteams.testkit.FakeBotFramework.SEND_ACTIVITY;
import static dev.onboardingbuddy.msteams.testkit.FakeBotFramework.UPDATE_ACTIVITY;
import static dev.onboardingbuddy.msteams.testkit.FakeHttp.JSON;
import static dev.onboardingbuddy.msteams.testkit.FakeHttp.connectorError;
import static dev.onboardingbuddy.msteams.testkit.FakeHttp.respond;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The Connector's state behind {@link FakeBotFramework}: chats, members, what the bot sent. Thread-safe. */
final class FakeConnector {
    private final List<RecordedActivity> activities = new CopyOnWriteArrayList<>();
    private final List<JsonNode> conversationRequests = new CopyOnWriteArrayList<>();
    private final Map<String, String> conversationsByUser = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> members = new ConcurrentHashMap<>();
    private final Set<String> withoutTheApp = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ids = new AtomicInteger();

    void member(String userId, String name, String email, String userPrincipalName, String aadObjectId) {
        members.put(
                userId,
                JSON.createObjectNode()
                        .put("id", userId)
                        .put("name", name)
                        .put("email", email)
                        .put("userPrincipalName", userPrincipalName)
                        .put("aadObjectId", aadObjectId));
    }

    void hasNotInstalledTheApp(String userId) {
        withoutTheApp.add(userId);
    }

    List<RecordedActivity> activities() {
        return List.copyOf(activities);
    }

    List<JsonNode> conversationRequests() {
        return List.copyOf(conversationRequests);
    }

    String conversationWith(String userId) {
        return conversationsByUser.get(userId);
    }

    /** Answers an authorized Connector call; {@code segments} are the decoded path segments after /connector/. */
    void answer(HttpExchange exchange, String call, List<String> segments, String body) throws IOException {
        switch (call) {
            case CREATE_CONVERSATION -> createConversation(exchange, JSON.readTree(body));
            case SEND_ACTIVITY -> {
                String activityId = nextId("activity");
                activities.add(new RecordedActivity("POST", segments.get(2), activityId, JSON.readTree(body)));
                respond(exchange, 201, JSON.createObjectNode().put("id", activityId));
            }
            case UPDATE_ACTIVITY -> {
                activities.add(new RecordedActivity("PUT", segments.get(2), segments.get(4), JSON.readTree(body)));
                respond(exchange, 200, JSON.createObjectNode().put("id", segments.get(4)));
            }
            case MEMBER -> {
                ObjectNode member = members.get(segments.get(4));
                if (member == null) {
                    respond(exchange, 404, connectorError("MemberNotFoundInConversation", "The member was not found."));
                } else {
                    respond(exchange, 200, member);
                }
            }
            default -> respond(exchange, 405, connectorError("BadArgument", "method not allowed"));
        }
    }

    private void createConversation(HttpExchange exchange, JsonNode request) throws IOException {
        conversationRequests.add(request);
        String userId = request.path("members").path(0).path("id").asText("");
        if (userId.isEmpty()
                || request.path("channelData")
                        .path("tenant")
                        .path("id")
                        .asText("")
                        .isEmpty()) {
            respond(exchange, 400, connectorError("BadArgument", "members and channelData.tenant.id are required"));
        } else if (withoutTheApp.contains(userId)) {
            respond(exchange, 403, connectorError("Forbidden", "The bot is not part of the conversation roster."));
        } else {
            String conversationId = conversationsByUser.computeIfAbsent(
                    userId,
                    user -> "a:1"
                            + Base64.getUrlEncoder()
                                    .withoutPadding()
                                    .encodeToString(user.getBytes(StandardCharsets.UTF_8))
                            + ";fake=" + nextId("c"));
            respond(exchange, 201, JSON.createObjectNode().put("id", conversationId));
        }
    }

    private String nextId(String prefix) {
        return prefix + "-" + ids.incrementAndGet();
    }
}
