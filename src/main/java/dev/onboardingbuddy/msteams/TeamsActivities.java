package dev.onboardingbuddy.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the parts of a Bot Framework activity the bot uses. Stateless. */
final class TeamsActivities {
    private TeamsActivities() {}

    static String text(JsonNode activity, String field) {
        JsonNode node = activity.path(field);
        return node.isTextual() ? node.asText() : "";
    }

    static Optional<String> timeZone(JsonNode activity) {
        for (JsonNode entity : activity.path("entities")) {
            if ("clientInfo".equals(entity.path("type").asText())
                    && entity.path("timezone").isTextual()) {
                return Optional.of(entity.path("timezone").asText());
            }
        }
        return Optional.empty();
    }

    /** The mention entities other than of the bot itself, in the order they appear. */
    static List<JsonNode> mentions(JsonNode activity) {
        String bot = activity.path("recipient").path("id").asText();
        List<JsonNode> mentions = new ArrayList<>();
        for (JsonNode entity : activity.path("entities")) {
            if ("mention".equals(entity.path("type").asText())
                    && !bot.equals(entity.path("mentioned").path("id").asText())) {
                mentions.add(entity);
            }
        }
        return mentions;
    }

    /**
     * The typed words with the bot's own mention removed and every other {@code <at>Name</at>} (which may hold spaces)
     * turned into one word {@code @mention:N}, N counting {@link #mentions}.
     */
    static String commandWords(JsonNode activity) {
        String text = text(activity, "text");
        String bot = activity.path("recipient").path("id").asText();
        int index = 0;
        for (JsonNode entity : activity.path("entities")) {
            if (!"mention".equals(entity.path("type").asText())) {
                continue;
            }
            String tag = entity.path("text").asText();
            if (tag.isEmpty()) {
                continue;
            }
            boolean ofBot = bot.equals(entity.path("mentioned").path("id").asText());
            text = text.replace(tag, ofBot ? " " : " @mention:" + index++ + " ");
        }
        // A leftover bot mention whose entity was missing: strip any <at>...</at> at the start.
        return text.replaceAll("^\\s*<at>[^<]*</at>", " ")
                .replace("&nbsp;", " ")
                .strip();
    }
}
