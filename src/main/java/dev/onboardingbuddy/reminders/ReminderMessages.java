package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.Relationship;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.TeamMember;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DayFormat;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.Tally;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.ReminderKind;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.ReminderStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes manager reminders and introductions in chat-neutral blocks. */
public final class ReminderMessages {

    private final ReminderPolicy policy;

    public ReminderMessages(ReminderPolicy policy) {
        this.policy = policy;
    }

    /**
     * One reminder occurrence as a line of a daily post.
     *
     * @param overdueReminder how many overdue reminders about this item the manager has had, this one included
     * @param staffingGap what the manager must do first, such as naming the person who fills a role
     */
    public record Listed(PlannedReminder reminder, int overdueReminder, Optional<Text> staffingGap) {}

    /**
     * Everything that fell due for one hire on one day, in one message: an honest heading, then each review or meeting
     * with its own button, then the hire's progress.
     *
     * @param enrolledLate whether this is the first post after an enrolment well past the start date
     * @param today the day of the post on the manager's clock: a catch-up names what was due before it as past
     */
    public ChatMessage dailyPost(
            Hire hire, List<Listed> listed, Tally tally, int day, boolean enrolledLate, LocalDate today) {
        long overdue = listed.stream().filter(item -> late(item, today)).count();
        Text.Builder heading = Text.builder().mention(hire.manager()).plain(": ");
        if (enrolledLate && overdue > 0) {
            heading.mention(hire.user())
                    .plain(" was enrolled on day " + day + ": " + things(overdue) + " overdue"
                            + (overdue < listed.size() ? ", " + (listed.size() - overdue) + " more coming up." : "."));
        } else {
            heading.plain(things(listed.size()) + " due for ")
                    .mention(hire.user())
                    .plain(
                            overdue == 0
                                    ? "."
                                    : overdue == listed.size() ? ", overdue." : " (" + overdue + " overdue).");
        }
        List<MessageBlock> blocks = new ArrayList<>();
        blocks.add(new MessageBlock.Paragraph(heading.build()));
        Text.Builder fallback = Text.builder().text(heading.build());
        for (Listed item : listed) {
            Text line = line(item, today);
            blocks.add(new MessageBlock.Paragraph(line));
            fallback.plain(" ").text(plainStyle(line));
            details(item).forEach(detail -> blocks.add(new MessageBlock.Context(detail)));
            item.staffingGap().ifPresent(gap -> {
                blocks.add(new MessageBlock.Paragraph(Text.builder()
                        .symbol(Span.Meaning.WARNING)
                        .plain(" ")
                        .text(gap)
                        .build()));
                fallback.plain(" ").text(gap);
            });
            blocks.add(new MessageBlock.Buttons(List.of(button(hire, item.reminder()))));
        }
        blocks.add(new MessageBlock.Context(Text.builder()
                .plain("Progress of ")
                .mention(hire.user())
                .plain(": " + tally.fraction() + " done, " + tally.overdue() + " overdue · day " + day
                        + " of the programme")
                .build()));
        fallback.plain(" Progress: " + tally.fraction() + " done, " + tally.overdue() + " overdue.");
        return new ChatMessage(fallback.build(), blocks);
    }

    /** The button of one listed review or meeting; its value names the hire and the item, as on every platform. */
    private static MessageBlock.Button button(Hire hire, PlannedReminder reminder) {
        return reminder.kind() == ReminderKind.REVIEW
                ? new MessageBlock.Button(
                        ButtonActions.REVIEW_HELD, "Mark review held", itemValue(hire, reminder), true)
                : new MessageBlock.Button(ButtonActions.MEETING_MET, "Mark met", itemValue(hire, reminder), true);
    }

    /** What replaces a listed item's button once it is settled. */
    public static Text settled(String action) {
        return Text.builder()
                .symbol(Span.Meaning.SUCCESS)
                .plain(ButtonActions.REVIEW_HELD.equals(action) ? " Review held." : " Met.")
                .build();
    }

    private static boolean late(Listed item, LocalDate today) {
        return item.reminder().stage() == ReminderStage.OVERDUE
                || item.reminder().dueDate().isBefore(today);
    }

    private Text line(Listed item, LocalDate today) {
        PlannedReminder reminder = item.reminder();
        Text.Builder line = Text.builder()
                .strong(reminder.item().title())
                .plain(" (" + reminder.kind().describe() + ")");
        String due = DayFormat.of(reminder.dueDate());
        switch (reminder.stage()) {
            case HEADS_UP -> line.plain(" is due on " + due + ".");
            case DUE ->
                line.plain(
                        item.reminder().dueDate().isBefore(today)
                                ? " was due on " + due + "."
                                : " is due today (" + due + ").");
            case OVERDUE ->
                line.plain(" is overdue since " + due
                        + (item.overdueReminder() > 1
                                ? " (overdue reminder " + item.overdueReminder() + " of at most " + policy.overdueCap()
                                        + ")."
                                : "."));
        }
        return line.build();
    }

    private static List<Text> details(Listed item) {
        List<Text> details = new ArrayList<>();
        ChecklistItem checklistItem = item.reminder().item();
        if (!checklistItem.metrics().isEmpty()) {
            details.add(Text.plain("Check: " + String.join("; ", checklistItem.metrics())));
        }
        checklistItem
                .relationship()
                .ifPresent(r -> details.add(Text.plain("Meet the " + r.counterpartRole() + " within "
                        + r.meetWithin().text() + (r.focus().isEmpty() ? "" : ". Focus: " + r.focus()))));
        return details;
    }

    private static String things(long count) {
        return count == 1 ? "1 thing is" : count + " things are";
    }

    /** The same words without emphasis, which notifications cannot show; mentions stay so they still notify. */
    private static Text plainStyle(Text text) {
        return new Text(text.spans().stream()
                .map(span -> span instanceof Span.Strong strong ? new Span.Plain(strong.text()) : span)
                .toList());
    }

    /** Introduces the hire to the person they should meet, in a group conversation of the three. */
    public ChatMessage introduction(Hire hire, TeamMember member, ChecklistItem item, LocalDate meetBy) {
        Relationship relationship = item.relationship().orElseThrow();
        Text text = Text.builder()
                .plain("Hi ")
                .mention(hire.user())
                .plain(" and ")
                .mention(member.person())
                .plain("! ")
                .mention(hire.user())
                .plain(" is new on the team; ")
                .mention(member.person())
                .plain(" is our " + relationship.counterpartRole() + ". Please meet by " + DayFormat.of(meetBy) + ".")
                .build();
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
        blocks.add(new MessageBlock.Buttons(List.of(new MessageBlock.Button(
                ButtonActions.MEETING_MET, "We have met", ButtonActions.itemValue(hire.id(), item.key()), true))));
        return new ChatMessage(
                text.append(Text.plain(details.isEmpty() ? "" : " " + String.join(". ", details) + ".")), blocks);
    }

    private static String itemValue(Hire hire, PlannedReminder reminder) {
        return ButtonActions.itemValue(hire.id(), reminder.item().key());
    }

    /** For a meeting nobody can be introduced to: what the manager has to do about it. */
    public Optional<Text> staffingGap(Hire hire, PlannedReminder reminder, ReminderRouting routing) {
        return reminder.item().relationship().flatMap(relationship -> {
            String role = relationship.counterpartRole();
            if (hire.team().isEmpty()) {
                return Optional.of(Text.builder()
                        .mention(hire.user())
                        .plain(" has no team, so nobody was introduced as " + role
                                + ": introduce them yourself, or re-enrol with ")
                        .code("team NAME")
                        .plain(".")
                        .build());
            }
            if (routing.counterpart(hire, role).isEmpty()) {
                return Optional.of(Text.plain("Nobody is set as " + role + " for team "
                        + hire.team().get() + ": name someone in config/teams/"
                        + hire.team().get() + ".yaml."));
            }
            return Optional.empty();
        });
    }
}
