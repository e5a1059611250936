package dev.onboardingbuddy.slack.testkit;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a Slack payload template from {@code src/test/resources/slack/} and fills its {@code ${name}} placeholders.
 * Placeholders sit inside JSON strings, so values are JSON-escaped; a placeholder left unfilled fails loudly.
 */
public final class SlackFixtures {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9_]+)}");

    private SlackFixtures() {}

    public static String load(String name, Map<String, String> values) {
        String template = read(name);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "fixture " + name + " needs a value for ${" + matcher.group(1) + "}");
            }
            String escaped = new String(JsonStringEncoder.getInstance().quoteAsString(value));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(escaped));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String read(String name) {
        try (InputStream in = SlackFixtures.class.getResourceAsStream("/slack/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture src/test/resources/slack/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
