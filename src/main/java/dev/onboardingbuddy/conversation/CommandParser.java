package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.StatusFilter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the words of an onboarding command ({@code start}, {@code status}, {@code pause}, ...), the one grammar of
 * every platform; the platform's {@link CommandTokens} say which words are people and channels. Thread-safe.
 */
public final class CommandParser {
    private static final Pattern DATE_LIKE =
            Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final CommandTokens tokens;

    public CommandParser(CommandTokens tokens) {
        this.tokens = tokens;
    }

    public Command parse(String text) {
        Deque<String> words = new ArrayDeque<>(Arrays.asList((text == null ? "" : text.strip()).split("\\s+")));
        words.removeIf(String::isEmpty);
        if (words.isEmpty()) {
            return new Command.Help();
        }
        String verb = words.removeFirst().toLowerCase(Locale.ROOT);
        try {
            return switch (verb) {
                case "start", "enrol", "enroll" -> start(words);
                case "status" -> status(words);
                case "managers" -> managers(words);
                case "pause" -> new Command.Pause(lastMention(words, "pause @hire"));
                case "resume" -> new Command.Resume(lastMention(words, "resume @hire"));
                case "cancel" -> new Command.Cancel(lastMention(words, "cancel @hire"));
                case "move" -> move(words);
                case "manager" -> manager(words);
                case "help" -> new Command.Help();
                default ->
                    new Command.Invalid(Text.builder()
                            .plain("I don't know ")
                            .code(verb)
                            .plain(".")
                            .build());
            };
        } catch (BadValue e) {
            return new Command.Invalid(e.problem);
        }
    }

    private Command start(Deque<String> words) {
        ChatUserId hire = mention(words, "the hire", "start @hire @manager");
        ChatUserId manager = mention(words, "the manager", "start @hire @manager");
        Optional<String> template = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<ChatUserId> buddy = Optional.empty();
        Optional<String> calendar = Optional.empty();
        Optional<String> team = Optional.empty();
        Optional<String> channel = Optional.empty();
        Optional<ZoneId> zone = Optional.empty();
        while (!words.isEmpty()) {
            String word = words.removeFirst();
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("buddy")) {
                buddy = Optional.of(mention(words, "the buddy", "buddy @person"));
            } else if (lower.equals("calendar")) {
                calendar = Optional.of(name(words, "calendar ID"));
            } else if (lower.equals("channel")) {
                channel = Optional.of(channel(words));
            } else if (lower.equals("team")) {
                team = Optional.of(name(words, "team NAME"));
            } else if (lower.equals("tz")) {
                zone = Optional.of(zone(words));
            } else if (DATE_LIKE.matcher(word).matches()) {
                date = once(date, date(word), "start date");
            } else if (WORD.matcher(lower).matches()) {
                template = once(template, lower, "template");
            } else {
                throw new BadValue(Text.builder()
                        .code(word)
                        .plain(" is not a template, date, ")
                        .code("buddy @person")
                        .plain(", ")
                        .code("calendar ID")
                        .plain(", ")
                        .code("team NAME")
                        .plain(", ")
                        .code("tz Area/City")
                        .plain(" or ")
                        .code("channel #name")
                        .plain(".")
                        .build());
            }
        }
        return new Command.Start(hire, manager, template, date, buddy, calendar, team, channel, zone);
    }

    private Command status(Deque<String> words) {
        if (words.isEmpty()) {
            return new Command.Status(Optional.empty());
        }
        Optional<ChatUserId> person = Optional.empty();
        boolean overdue = false;
        Optional<String> team = Optional.empty();
        Optional<String> template = Optional.empty();
        while (!words.isEmpty()) {
            String word = words.removeFirst();
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("history") && person.isPresent() && !overdue && team.isEmpty() && template.isEmpty()) {
                rejectRest(words);
                return new Command.History(person.get());
            } else if (lower.equals("overdue")) {
                overdue = true;
            } else if (lower.equals("team")) {
                team = once(team, name(words, "status team NAME"), "team");
            } else if (lower.equals("template")) {
                template = once(template, name(words, "status template ID"), "template");
            } else {
                words.addFirst(word);
                person = once(person, mention(words, "a hire or a manager", "status @person"), "person");
            }
        }
        StatusFilter filter = new StatusFilter(overdue, Optional.empty(), team, template);
        if (!filter.narrows()) {
            return new Command.Status(person);
        }
        return new Command.Status(
                Optional.empty(), person.map(filter::managedBy).orElse(filter));
    }

    private Command managers(Deque<String> words) {
        String action = words.isEmpty() ? "" : words.removeFirst().toLowerCase(Locale.ROOT);
        return switch (action) {
            case "add" -> new Command.AddManager(lastMention(words, "the person", "managers add @person"));
            case "remove" -> new Command.RemoveManager(lastMention(words, "the person", "managers remove @person"));
            case "list" -> {
                rejectRest(words);
                yield new Command.ListManagers();
            }
            default ->
                throw new BadValue(Text.builder()
                        .plain("Say what to do with managers: ")
                        .code("managers add @person")
                        .plain(", ")
                        .code("managers remove @person")
                        .plain(" or ")
                        .code("managers list")
                        .plain(".")
                        .build());
        };
    }

    private Command move(Deque<String> words) {
        ChatUserId hire = mention(words, "the hire", "move @hire YYYY-MM-DD");
        if (words.isEmpty()) {
            throw new BadValue(Text.builder()
                    .plain("Give the new start date: ")
                    .code("move @hire YYYY-MM-DD")
                    .plain(".")
                    .build());
        }
        LocalDate date = date(words.removeFirst());
        rejectRest(words);
        return new Command.Move(hire, date);
    }

    private Command manager(Deque<String> words) {
        ChatUserId hire = mention(words, "the hire", "manager @hire @new");
        ChatUserId manager = mention(words, "the new manager", "manager @hire @new");
        rejectRest(words);
        return new Command.Manager(hire, manager);
    }

    private ChatUserId lastMention(Deque<String> words, String usage) {
        return lastMention(words, "the hire", usage);
    }

    private ChatUserId lastMention(Deque<String> words, String who, String usage) {
        ChatUserId user = mention(words, who, usage);
        rejectRest(words);
        return user;
    }

    private ChatUserId mention(Deque<String> words, String who, String usage) {
        if (words.isEmpty()) {
            throw new BadValue(Text.builder()
                    .plain("Mention " + who + ": ")
                    .code(usage)
                    .plain(".")
                    .build());
        }
        String word = words.removeFirst();
        return tokens.person(word)
                .orElseThrow(() -> new BadValue(Text.builder()
                        .code(word)
                        .plain(" is not a mention of a person; type @ and pick " + who + " from the list: ")
                        .code(usage)
                        .plain(".")
                        .build()));
    }

    private String channel(Deque<String> words) {
        String word = words.isEmpty() ? "" : words.removeFirst();
        return tokens.channel(word)
                .orElseThrow(() -> new BadValue(Text.builder()
                        .code(word)
                        .plain(" is not a channel; type # and pick the channel for manager reminders: ")
                        .code("channel #reminders")
                        .plain(".")
                        .build()));
    }

    private static ZoneId zone(Deque<String> words) {
        String word = words.isEmpty() ? "" : words.removeFirst();
        try {
            return ZoneId.of(word);
        } catch (DateTimeException e) {
            throw new BadValue(Text.builder()
                    .code(word)
                    .plain(" is not a time zone; give one such as ")
                    .code("tz Europe/Berlin")
                    .plain(".")
                    .build());
        }
    }

    private static String name(Deque<String> words, String usage) {
        String value = words.isEmpty() ? "" : words.removeFirst().toLowerCase(Locale.ROOT);
        if (!WORD.matcher(value).matches()) {
            throw new BadValue(Text.builder()
                    .plain("Give a name after it: ")
                    .code(usage)
                    .plain(".")
                    .build());
        }
        return value;
    }

    static LocalDate date(String word) {
        try {
            return LocalDate.parse(word);
        } catch (DateTimeParseException e) {
            throw new BadValue(Text.builder()
                    .code(word)
                    .plain(" is not a date; write it as YYYY-MM-DD, such as 2026-12-07.")
                    .build());
        }
    }

    private static <T> Optional<T> once(Optional<T> current, T value, String what) {
        if (current.isPresent()) {
            throw new BadValue(Text.builder()
                    .plain("Give one " + what + ", not ")
                    .code(String.valueOf(current.get()))
                    .plain(" and ")
                    .code(String.valueOf(value))
                    .plain(".")
                    .build());
        }
        return Optional.of(value);
    }

    private static void rejectRest(Deque<String> words) {
        if (!words.isEmpty()) {
            throw new BadValue(Text.builder()
                    .plain("I don't understand ")
                    .code(String.join(" ", words))
                    .plain(" there.")
                    .build());
        }
    }

    private static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Text problem;

        BadValue(Text problem) {
            super(problem.plainText(), null, false, false);
            this.problem = problem;
        }
    }
}
