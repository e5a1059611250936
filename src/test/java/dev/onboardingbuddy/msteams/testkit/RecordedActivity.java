package dev.onboardingbuddy.msteams.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/** What the bot sent to the fake Connector: {@code method} is POST for a new activity, PUT for an update. */
public record RecordedActivity(String method, String conversationId, String activityId, JsonNode activity) {}
