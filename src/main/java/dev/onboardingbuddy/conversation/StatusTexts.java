package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.notification.DayFormat;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.HireDetail;
import dev.onboardingbuddy.progress.HireProgress;
import dev.onboardingbuddy.progress.StatusFilter;
import dev.onboardingbuddy.progress.StatusOverview;

/**
 * Writes the answers to {@code status}: one line per hire, riskiest first, or one hire by section. Stateless. Public
 * so that every view of a hire's progress (the home tab too) says it in the same words.
 */
public final class StatusTexts {

    /** A few hires line by line; many summarised: totals, the riskiest, and how to narrow the list down. */
    Text overview(StatusOverview overview, StatusFilter filter) {
        if (overview.hires() == 0 && filter.narrows()) {
            return Text.builder()
                    .plain("Nobody you can see matches ")
                    .text(described(filter))
                    .plain(".")
                    .build();
        }
        if (overview.hires() == 0) {
            return Text.builder()
                    .plain("Nobody you can see is onboarding right now. Enrol a hire with ")
                    .command("start @hire @manager")
                    .plain(".")
                    .build();
        }
        Text.Builder text = Text.builder().strong("Onboarding status");
        if (filter.narrows()) {
            text.plain(" of ").text(described(filter));
        }
        if (!overview.summarised()) {
            text.plain(" (riskiest first)");
            overview.riskiest().forEach(progress -> text.plain("\n").text(line(progress)));
            return text.build();
        }
        text.plain(": " + overview.hires() + " hires · " + overview.withOverdue() + " with overdue items ("
                + overview.overdueItems() + " items in all) · " + (overview.hires() - overview.withOverdue())
                + " on track");
        if (overview.paused() > 0) {
            text.plain(" · " + overview.paused() + " paused");
        }
        text.plain("\nThe " + overview.riskiest().size() + " riskiest:");
        overview.riskiest().forEach(progress -> text.plain("\n").text(line(progress)));
        return text.plain("\nNarrow it down: ")
                .command("status overdue")
                .plain(", ")
                .command("status @manager")
                .plain(", ")
                .command("status team NAME")
                .plain(" or ")
                .command("status template ID")
                .plain(".")
                .build();
    }

    private static Text described(StatusFilter filter) {
        Text.Builder text = Text.builder().plain(filter.overdueOnly() ? "hires with overdue items" : "hires");
        filter.manager().ifPresent(manager -> text.plain(" managed by ").mention(manager));
        filter.team().ifPresent(team -> text.plain(" in team " + team));
        filter.template().ifPresent(template -> text.plain(" on template " + template));
        return text.build();
    }

    /** The first fraction on the line is the overall {@code done/total}, so scripts and people read it alike. */
    public Text line(HireProgress progress) {
        Text.Builder line = Text.builder()
                .symbol(marker(progress))
                .plain(" ")
                .mention(progress.hire().user())
                .plain(" · " + progress.tally().fraction() + " done · " + dayText(progress) + " · "
                        + progress.tally().overdue() + " overdue");
        progress.next().ifPresent(next -> line.plain(" · next: " + next.title() + " on " + DayFormat.of(next.date())));
        if (progress.hire().status() == HireStatus.PAUSED) {
            line.plain(" · ").emphasis("paused");
        }
        return line.build();
    }

    Text detail(HireDetail detail) {
        Text.Builder text = Text.builder()
                .text(line(detail.summary()))
                .plain("\nManager: ")
                .mention(detail.summary().hire().manager())
                .plain(" · started " + detail.summary().hire().startDate() + " · "
                        + detail.summary().hire().templateId());
        for (HireDetail.SectionProgress section : detail.sections()) {
            text.plain("\n• ")
                    .strong(section.title())
                    .plain(": " + section.done() + " of " + section.total() + " done");
            if (section.overdue() > 0) {
                text.plain(", " + section.overdue() + " overdue");
            }
            if (!section.released()) {
                text.plain(" ").emphasis("(not all released yet)");
            }
        }
        return text.build();
    }

    private static String dayText(HireProgress progress) {
        if (progress.day() < 1) {
            return "starts in " + (1 - progress.day()) + " day(s)";
        }
        return "day " + Math.min(progress.day(), progress.programmeDays()) + " of " + progress.programmeDays();
    }

    private static Span.Meaning marker(HireProgress progress) {
        if (progress.tally().overdue() > 0) {
            return Span.Meaning.RISK_HIGH;
        }
        return progress.behind() > 0 ? Span.Meaning.RISK_MEDIUM : Span.Meaning.RISK_LOW;
    }
}
