package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code /onboarding}. Mentions arrive escaped ({@code <@U123|name>} or {@code <@U123>}) because
 * the command is declared with {@code should_escape: true}. Stateless and thread-safe.
 */
final class OnboardingCommandParser {
  static final String USAGE = String.join("\n",
      "*/onboarding* commands:",
      "• `start @hire @manager [template] [YYYY-MM-DD] [buddy @person] [calendar ID] [team NAME] [channel #reminders]` enrol a hire",
      "• `status` your hires, riskiest first · `status @hire` one hire per section",
      "• `pause @hire` · `resume @hire` · `cancel @hire`",
      "• `move @hire YYYY-MM-DD` move the start date (pending items are re-planned, history is kept)",
      "• `help` this text");

  private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
  private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
  private static final Pattern CHANNEL = Pattern.compile("<#([CG][A-Z0-9]+)(?:\\|[^>]*)?>|([CG][A-Z0-9]{2,})");
  private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  OnboardingCommand parse(String text) {
    Deque<String> words = new ArrayDeque<>(Arrays.asList((text == null ? "" : text.strip()).split("\\s+")));
    words.removeIf(String::isEmpty);
    if (words.isEmpty()) {
      return new OnboardingCommand.Help();
    }
    String verb = words.removeFirst().toLowerCase(Locale.ROOT);
    try {
      return switch (verb) {
        case "start", "enrol", "enroll" -> start(words);
        case "status" -> new OnboardingCommand.Status(words.isEmpty() ? Optional.empty()
            : Optional.of(lastMention(words, "status @hire")));
        case "pause" -> new OnboardingCommand.Pause(lastMention(words, "pause @hire"));
        case "resume" -> new OnboardingCommand.Resume(lastMention(words, "resume @hire"));
        case "cancel" -> new OnboardingCommand.Cancel(lastMention(words, "cancel @hire"));
        case "move" -> move(words);
        case "help" -> new OnboardingCommand.Help();
        default -> new OnboardingCommand.Invalid("I don't know `" + verb + "`.");
      };
    } catch (BadValue e) {
      return new OnboardingCommand.Invalid(e.getMessage());
    }
  }

  private OnboardingCommand start(Deque<String> words) {
    ChatUserId hire = mention(words, "the hire", "start @hire @manager");
    ChatUserId manager = mention(words, "the manager", "start @hire @manager");
    Optional<String> template = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    Optional<ChatUserId> buddy = Optional.empty();
    Optional<String> calendar = Optional.empty();
    Optional<String> team = Optional.empty();
    Optional<String> channel = Optional.empty();
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
      } else if (DATE_LIKE.matcher(word).matches()) {
        date = once(date, date(word), "start date");
      } else if (WORD.matcher(lower).matches()) {
        template = once(template, lower, "template");
      } else {
        throw new BadValue("`" + word + "` is not a template, date, `buddy @person`, `calendar ID`, `team NAME` or `channel #name`.");
      }
    }
    return new OnboardingCommand.Start(hire, manager, template, date, buddy, calendar, team, channel);
  }

  private OnboardingCommand move(Deque<String> words) {
    ChatUserId hire = mention(words, "the hire", "move @hire YYYY-MM-DD");
    if (words.isEmpty()) {
      throw new BadValue("Give the new start date: `move @hire YYYY-MM-DD`.");
    }
    LocalDate date = date(words.removeFirst());
    rejectRest(words);
    return new OnboardingCommand.Move(hire, date);
  }

  private ChatUserId lastMention(Deque<String> words, String usage) {
    ChatUserId user = mention(words, "the hire", usage);
    rejectRest(words);
    return user;
  }

  private static ChatUserId mention(Deque<String> words, String who, String usage) {
    if (words.isEmpty()) {
      throw new BadValue("Mention " + who + ": `" + usage + "`.");
    }
    String word = words.removeFirst();
    Matcher matcher = MENTION.matcher(word);
    if (!matcher.matches()) {
      throw new BadValue("`" + word + "` is not a mention of a person; type @ and pick " + who
          + " from the list: `" + usage + "`.");
    }
    return new ChatUserId(matcher.group(1));
  }

  /** Channels arrive escaped as {@code <#C123|name>}; a bare id is accepted too. */
  private static String channel(Deque<String> words) {
    String word = words.isEmpty() ? "" : words.removeFirst();
    Matcher matcher = CHANNEL.matcher(word);
    if (!matcher.matches()) {
      throw new BadValue("`" + word + "` is not a channel; type # and pick the channel for manager reminders: "
          + "`channel #reminders`.");
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }

  private static String name(Deque<String> words, String usage) {
    String value = words.isEmpty() ? "" : words.removeFirst().toLowerCase(Locale.ROOT);
    if (!WORD.matcher(value).matches()) {
      throw new BadValue("Give a name after it: `" + usage + "`.");
    }
    return value;
  }

  static LocalDate date(String word) {
    try {
      return LocalDate.parse(word);
    } catch (DateTimeParseException e) {
      throw new BadValue("`" + word + "` is not a date; write it as YYYY-MM-DD, such as 2026-12-07.");
    }
  }

  private static <T> Optional<T> once(Optional<T> current, T value, String what) {
    if (current.isPresent()) {
      throw new BadValue("Give one " + what + ", not `" + current.get() + "` and `" + value + "`.");
    }
    return Optional.of(value);
  }

  private static void rejectRest(Deque<String> words) {
    if (!words.isEmpty()) {
      throw new BadValue("I don't understand `" + String.join(" ", words) + "` there.");
    }
  }

  private static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message, null, false, false);
    }
  }
}
