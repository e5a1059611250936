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
      Optional<String> staffingGap) {
    String what = "*" + reminder.item().title() + "* (" + reminder.kind().describe() + ") for <@" + hire.user().value()
        + ">";
    String due = DAY.format(reminder.dueDate());
    String headline = switch (reminder.stage()) {
      case HEADS_UP -> "Heads-up <@" + hire.manager().value() + ">: " + what + " is due on " + due + ".";
      case DUE -> "<@" + hire.manager().value() + ">: " + what + " is due today (" + due + ").";
      case OVERDUE -> "<@" + hire.manager().value() + ">: " + what + " is overdue since " + due + " (reminder "
          + reminder.occurrence() + " of " + policy.overdueCap() + ").";
    };
    List<MessageBlock> blocks = new ArrayList<>();
    blocks.add(new MessageBlock.Paragraph(headline));
    if (!reminder.item().metrics().isEmpty()) {
      blocks.add(new MessageBlock.Paragraph("Check: " + String.join("; ", reminder.item().metrics())));
    }
    reminder.item().relationship().ifPresent(r -> blocks.add(new MessageBlock.Paragraph(
        "Meet the " + r.counterpartRole() + " within " + r.meetWithin().text()
            + (r.focus().isEmpty() ? "" : ". Focus: " + r.focus()))));
    staffingGap.ifPresent(gap -> blocks.add(new MessageBlock.Paragraph(":warning: " + gap)));
    blocks.add(new MessageBlock.Context("Progress of <@" + hire.user().value() + ">: " + tally.fraction() + " done, "
        + tally.overdue() + " overdue · day " + day + " of the programme"));
    blocks.add(new MessageBlock.Buttons(List.of(reminder.kind() == ReminderKind.REVIEW
        ? new MessageBlock.Button(REVIEW_HELD, "Mark review held", itemValue(hire, reminder), true)
        : new MessageBlock.Button(MEETING_MET, "Mark met", itemValue(hire, reminder), true))));
    String text = headline.replace("*", "") + " Progress: " + tally.fraction() + " done, " + tally.overdue()
        + " overdue." + staffingGap.map(gap -> " " + gap).orElse("");
    return new ChatMessage(text, blocks);
  }

  /** Introduces the hire to the person they should meet, in a group conversation of the three. */
  public ChatMessage introduction(Hire hire, TeamMember member, ChecklistItem item, LocalDate meetBy) {
    Relationship relationship = item.relationship().orElseThrow();
    String text = "Hi <@" + hire.user().value() + "> and <@" + member.person().value() + ">! <@"
        + hire.user().value() + "> is new on the team; <@" + member.person().value() + "> is our "
        + relationship.counterpartRole() + ". Please meet by " + DAY.format(meetBy) + ".";
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
      blocks.add(new MessageBlock.Paragraph(String.join("\n", details)));
    }
    blocks.add(new MessageBlock.Buttons(List.of(
        new MessageBlock.Button(MEETING_MET, "We have met", ButtonActions.itemValue(hire.id(), item.key()), true))));
    return new ChatMessage(text + (details.isEmpty() ? "" : " " + String.join(". ", details) + "."), blocks);
  }

  private static String itemValue(Hire hire, PlannedReminder reminder) {
    return ButtonActions.itemValue(hire.id(), reminder.item().key());
  }
}
