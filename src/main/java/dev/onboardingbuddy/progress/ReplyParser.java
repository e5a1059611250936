package dev.onboardingbuddy.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the short commands a hire types in the bot's DM, as words: the adapter has already taken off any mention of
 * the bot in front of them. Stateless and thread-safe.
 */
public final class ReplyParser {
    private static final Pattern NUMBERS =
            Pattern.compile("#?\\d{1,3}(\\s*-\\s*#?\\d{1,3})?([\\s,]+#?\\d{1,3}" + "(\\s*-\\s*#?\\d{1,3})?)*");
    private static final Pattern ONE = Pattern.compile("#?(\\d{1,3})(?:\\s*-\\s*#?(\\d{1,3}))?");
    private static final int MAX_RANGE = 100;

    public Reply parse(String message) {
        String text = message == null ? "" : message.strip();
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[.!✅]+$", "").strip();
        String[] parts = lower.split("\\s+", 2);
        String verb = parts[0];
        String rest = parts.length > 1 ? parts[1].strip() : "";
        return switch (verb) {
            case "done", "did", "finished", "complete" -> done(rest);
            case "undo", "undone", "reopen" -> undo(rest, text);
            case "list", "todo", "items", "status" -> rest.isEmpty() ? new Reply.ListItems() : new Reply.Unknown(text);
            case "help", "?", "hi", "hello" -> new Reply.Help();
            default -> new Reply.Unknown(text);
        };
    }

    private Reply done(String rest) {
        if (rest.isEmpty()) {
            return new Reply.DoneHere();
        }
        List<Integer> numbers = numbers(rest);
        return numbers == null ? new Reply.DoneByTitle(rest) : new Reply.Done(numbers);
    }

    private Reply undo(String rest, String original) {
        List<Integer> numbers = numbers(rest);
        return numbers == null || numbers.isEmpty() ? new Reply.Unknown(original) : new Reply.Undo(numbers);
    }

    /** The numbers in order without repeats, or null when the text is not a list of numbers. */
    private static List<Integer> numbers(String text) {
        if (!NUMBERS.matcher(text).matches()) {
            return null;
        }
        List<Integer> numbers = new ArrayList<>();
        Matcher one = ONE.matcher(text);
        while (one.find()) {
            int from = Integer.parseInt(one.group(1));
            int to = one.group(2) == null ? from : Integer.parseInt(one.group(2));
            if (to < from || to - from > MAX_RANGE) {
                return null;
            }
            for (int n = from; n <= to; n++) {
                if (!numbers.contains(n)) {
                    numbers.add(n);
                }
            }
        }
        return numbers;
    }
}
