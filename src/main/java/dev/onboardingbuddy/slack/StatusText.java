package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.progress.HireDetail;
import dev.onboardingbuddy.progress.HireProgress;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes {@code /onboarding status} answers in Slack mrkdwn. */
final class StatusText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  String overview(List<HireProgress> hires) {
    if (hires.isEmpty()) {
      return "Nobody you can see is onboarding right now. Enrol a hire with "
          + "`/onboarding start @hire @manager`.";
    }
    return "*Onboarding status* (riskiest first)\n"
        + hires.stream().map(this::line).collect(Collectors.joining("\n"));
  }

  /** The first fraction on the line is the overall {@code done/total}, so scripts and people read it alike. */
  String line(HireProgress progress) {
    StringBuilder line = new StringBuilder()
        .append(marker(progress)).append(" <@").append(progress.hire().user().value()).append("> · ")
        .append(progress.tally().fraction()).append(" done · ")
        .append(dayText(progress)).append(" · ")
        .append(progress.tally().overdue()).append(" overdue");
    progress.next().ifPresent(next -> line.append(" · next: ").append(next.title()).append(" on ")
        .append(DAY.format(next.date())));
    if (progress.hire().status() == HireStatus.PAUSED) {
      line.append(" · _paused_");
    }
    return line.toString();
  }

  String detail(HireDetail detail) {
    StringBuilder text = new StringBuilder(line(detail.summary()));
    text.append("\nManager: <@").append(detail.summary().hire().manager().value()).append("> · started ")
        .append(detail.summary().hire().startDate()).append(" · ").append(detail.summary().hire().templateId());
    for (HireDetail.SectionProgress section : detail.sections()) {
      text.append("\n• *").append(section.title()).append("*: ").append(section.done()).append(" of ")
          .append(section.total()).append(" done");
      if (section.overdue() > 0) {
        text.append(", ").append(section.overdue()).append(" overdue");
      }
      if (!section.released()) {
        text.append(" _(not all released yet)_");
      }
    }
    return text.toString();
  }

  private static String dayText(HireProgress progress) {
    if (progress.day() < 1) {
      return "starts in " + (1 - progress.day()) + " day(s)";
    }
    return "day " + Math.min(progress.day(), progress.programmeDays()) + " of " + progress.programmeDays();
  }

  private static String marker(HireProgress progress) {
    if (progress.tally().overdue() > 0) {
      return ":red_circle:";
    }
    return progress.behind() > 0 ? ":large_yellow_circle:" : ":large_green_circle:";
  }
}
