package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.Relationship;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.TeamMember;
import dev.onboardingbuddy.progress.Tally;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.ReminderKind;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes manager reminders and introductions in chat-neutral blocks. */
public final class ReminderMessages {
  public static final String REVIEW_HELD = "review_held";
  public static final String MEETING_MET = "meeting_met";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private final ReminderPolicy policy;

  public ReminderMessages(ReminderPolicy policy) {
    this.policy = policy;
  }

  /**
   * @param staffingGap what the manager must do first, such as naming the person who fills a role
   */
  public ChatMessage managerReminder(Hire hire, PlannedReminder reminder, Tally tally, int day,
      Optional<Text> staffingGap) {
    Text what = Text.builder().strong(reminder.item().title()).plain(" (" + reminder.kind().describe() + ") for ")
        .mention(hire.user()).build();
    String due = DAY.format(reminder.dueDate());
    Text.Builder headline = Text.builder();
    switch (reminder.stage()) {
      case HEADS_UP -> headline.plain("Heads-up ").mention(hire.manager()).plain(": ").text(what)
          .plain(" is due on " + due + ".");
      case DUE -> headline.mention(hire.manager()).plain(": ").text(what).plain(" is due today (" + due + ").");
      case OVERDUE -> headline.mention(hire.manager()).plain(": ").text(what).plain(" is overdue since " + due
          + " (reminder " + reminder.occurrence() + " of " + policy.overdueCap() + ").");
    }
    List<MessageBlock> blocks = new ArrayList<>();
    blocks.add(new MessageBlock.Paragraph(headline.build()));
    if (!reminder.item().metrics().isEmpty()) {
      blocks.add(new MessageBlock.Paragraph(Text.plain("Check: " + String.join("; ", reminder.item().metrics()))));
    }
    reminder.item().relationship().ifPresent(r -> blocks.add(new MessageBlock.Paragraph(Text.plain(
        "Meet the " + r.counterpartRole() + " within " + r.meetWithin().text()
            + (r.focus().isEmpty() ? "" : ". Focus: " + r.focus())))));
    staffingGap.ifPresent(gap -> blocks.add(new MessageBlock.Paragraph(
        Text.builder().symbol(Span.Meaning.WARNING).plain(" ").text(gap).build())));
    blocks.add(new MessageBlock.Context(Text.builder().plain("Progress of ").mention(hire.user()).plain(": "
        + tally.fraction() + " done, " + tally.overdue() + " overdue · day " + day + " of the programme").build()));
    blocks.add(new MessageBlock.Buttons(List.of(reminder.kind() == ReminderKind.REVIEW
        ? new MessageBlock.Button(REVIEW_HELD, "Mark review held", itemValue(hire, reminder), true)
        : new MessageBlock.Button(MEETING_MET, "Mark met", itemValue(hire, reminder), true))));
    Text text = Text.builder().text(plainStyle(headline.build())).plain(" Progress: " + tally.fraction() + " done, "
        + tally.overdue() + " overdue.").text(staffingGap.map(gap -> Text.plain(" ").append(gap))
        .orElse(Text.plain(""))).build();
    return new ChatMessage(text, blocks);
  }

  /** The same words without emphasis, which notifications cannot show; mentions stay so they still notify. */
  private static Text plainStyle(Text text) {
    return new Text(text.spans().stream()
        .map(span -> span instanceof Span.Strong strong ? new Span.Plain(strong.text()) : span).toList());
  }

  /** Introduces the hire to the person they should meet, in a group conversation of the three. */
  public ChatMessage introduction(Hire hire, TeamMember member, ChecklistItem item, LocalDate meetBy) {
    Relationship relationship = item.relationship().orElseThrow();
    Text text = Text.builder().plain("Hi ").mention(hire.user()).plain(" and ").mention(member.person())
        .plain("! ").mention(hire.user()).plain(" is new on the team; ").mention(member.person())
        .plain(" is our " + relationship.counterpartRole() + ". Please meet by " + DAY.format(meetBy) + ".").build();
    List<MessageBlock> blocks = new ArrayList<>();
    blocks.add(new MessageBlock.Paragraph(text));
    List<String> details = new ArrayList<>();
    if (!relationship.focus().isEmpty()) {
      details.add("Why: " + relationship.focus());
    }
    if (!member.topics().isEmpty()) {
      details.add("Topics to bring: " + member.topics());
    }
    if (!relationship.cadence().isEmpty()) {
      details.add("Afterwards: " + relationship.cadence());
    }
    if (!details.isEmpty()) {
      blocks.add(new MessageBlock.Paragraph(Text.plain(String.join("\n", details))));
    }
    blocks.add(new MessageBlock.Buttons(List.of(
        new MessageBlock.Button(MEETING_MET, "We have met", ButtonActions.itemValue(hire.id(), item.key()), true))));
    return new ChatMessage(text.append(Text.plain(details.isEmpty() ? "" : " " + String.join(". ", details) + ".")),
        blocks);
  }

  private static String itemValue(Hire hire, PlannedReminder reminder) {
    return ButtonActions.itemValue(hire.id(), reminder.item().key());
  }
}
