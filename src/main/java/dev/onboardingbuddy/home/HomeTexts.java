package dev.onboardingbuddy.home;

import dev.onboardingbuddy.conversation.StatusTexts;
import dev.onboardingbuddy.notification.DayFormat;
import dev.onboardingbuddy.notification.FailedSend;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.HireProgress;
import dev.onboardingbuddy.progress.StatusOverview;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a home, as spans; an adapter lays them out and writes the markup. A hire's line reads as in
 * {@code status}, so both say the same thing the same way. Stateless.
 */
public final class HomeTexts {
    public static final String CHECKLIST_TITLE = "Your onboarding";
    public static final String MANAGED_TITLE = "Your hires";
    public static final String LED_TITLE = "Hires of the teams you lead";
    public static final String ADMIN_TITLE = "Everyone onboarding";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private final StatusTexts status = new StatusTexts();

    public Text nothingYet() {
        return Text.builder()
                .strong("Nothing here yet.")
                .plain(" Once you are onboarding, or manage or lead someone who "
                        + "is, your checklist or their progress shows here. ")
                .command("help")
                .plain(" says what I can do.")
                .build();
    }

    /** The hire's own line, as {@code status} writes it. */
    public Text progress(HireProgress progress) {
        return status.line(progress);
    }

    public Text overdueHeading(int count) {
        return Text.builder()
                .symbol(Span.Meaning.RISK_HIGH)
                .plain(" ")
                .strong(count + " overdue")
                .build();
    }

    public Text section(OwnChecklist.SectionProgress section) {
        Text.Builder text = Text.builder()
                .strong(section.title())
                .plain(": " + section.done() + " of " + section.total() + " done");
        if (!section.released()) {
            text.plain(" ").emphasis("(not all released yet)");
        }
        return text.build();
    }

    public Text item(OpenItem item) {
        Text.Builder text = Text.builder().strong(item.number() + ".").plain(" " + item.title() + " · ");
        if (item.overdue()) {
            text.emphasis("overdue, was due " + DayFormat.of(item.due()));
        } else {
            text.plain("due " + DayFormat.of(item.due()));
        }
        if (item.forManager()) {
            text.plain(" · manager");
        }
        return text.build();
    }

    /** Items a list had no room for, and where to see them all. */
    public Text moreItems(int hidden) {
        return Text.builder()
                .plain("…and " + hidden + " more. Write ")
                .code("list")
                .plain(" to me to see them all.")
                .build();
    }

    /** The checklist had more sections with open items than a home has room for. */
    public Text moreThanFits() {
        return Text.builder()
                .plain("More than fits here. Write ")
                .code("list")
                .plain(" to me to see all your open items.")
                .build();
    }

    public Text moreDue(int hidden) {
        return Text.plain("…and " + hidden + " more due this week");
    }

    public Text nothingDueThisWeek() {
        return Text.builder().emphasis("Nothing else due this week.").build();
    }

    public Text hiresSummary(HiresOverview overview) {
        return Text.plain(
                overview.hires() + (overview.hires() == 1 ? " hire" : " hires") + " · " + overview.withOverdue()
                        + " with overdue items"
                        + (overview.summarised()
                                ? " · the " + overview.riskiest().size() + " riskiest below"
                                : " · riskiest first"));
    }

    public Text totals(StatusOverview everyone) {
        return Text.builder()
                .strong(everyone.hires() + (everyone.hires() == 1 ? " hire" : " hires"))
                .plain(" · "
                        + everyone.withOverdue() + " with overdue items (" + everyone.overdueItems()
                        + " items in all) · "
                        + (everyone.hires() - everyone.withOverdue()) + " on track · " + everyone.paused() + " paused")
                .build();
    }

    public Text riskiestHeading(StatusOverview everyone) {
        return Text.builder()
                .strong("The " + everyone.riskiest().size() + " riskiest")
                .plain(" (")
                .command("status")
                .plain(" narrows them down)")
                .build();
    }

    public Text failedHeading(AdminOverview admin) {
        if (admin.failedCount() == 0) {
            return Text.builder()
                    .symbol(Span.Meaning.SUCCESS)
                    .plain(" No failed sends in the last " + BuildHome.FAILURES_WINDOW.toDays() + " days.")
                    .build();
        }
        return Text.builder()
                .symbol(Span.Meaning.WARNING)
                .plain(" ")
                .strong(admin.failedCount() + " failed " + (admin.failedCount() == 1 ? "send" : "sends"))
                .plain(" in the last " + BuildHome.FAILURES_WINDOW.toDays() + " days"
                        + (admin.failedCount() > admin.failed().size()
                                ? ", the newest " + admin.failed().size() + ":"
                                : ":"))
                .build();
    }

    public Text failed(FailedSend send) {
        return Text.builder()
                .plain(WHEN.format(send.failedAt()) + " · " + send.to().address() + " · ")
                .code(send.idempotencyKey())
                .plain(" · " + send.error())
                .build();
    }
}
