package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.enrollment.TeamMember;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.util.Optional;

/**
 * Where a hire's reminders go and whom they should meet: the enrolment's own manager channel, else their team's,
 * else the configured default; the team directory names the people behind counterpart roles.
 */
public final class ReminderRouting {
  private final TeamDirectory teams;
  private final CalendarCatalog calendars;
  private final QuietHours quietHours;
  private final String defaultManagerChannel;

  public ReminderRouting(TeamDirectory teams, CalendarCatalog calendars, QuietHours quietHours,
      String defaultManagerChannel) {
    this.teams = teams;
    this.calendars = calendars;
    this.quietHours = quietHours;
    this.defaultManagerChannel = defaultManagerChannel;
  }

  public Recipient managerChannel(Hire hire) {
    return new Recipient.Channel(hire.managerChannel()
        .or(() -> hire.team().flatMap(teams::find).flatMap(Team::managerChannel))
        .orElse(defaultManagerChannel));
  }

  /** The calendar of the hire; a calendar file removed since enrolment falls back to Monday to Friday. */
  public WorkingCalendar calendarOf(Hire hire) {
    return calendars.find(hire.calendarId()).orElseGet(WorkingCalendar::mondayToFriday);
  }

  public QuietHours quietHours() {
    return quietHours;
  }

  /** The person who fills the counterpart role of a relationship item, if the hire's team names one. */
  public Optional<TeamMember> counterpart(Hire hire, String role) {
    return hire.team().flatMap(teams::find).flatMap(team -> team.filling(role));
  }

  /** For a meeting nobody can be introduced to: what the manager has to do about it. */
  public Optional<String> staffingGap(Hire hire, PlannedReminder reminder) {
    return reminder.item().relationship().flatMap(relationship -> {
      String role = relationship.counterpartRole();
      if (hire.team().isEmpty()) {
        return Optional.of("<@" + hire.user().value() + "> has no team, so nobody was introduced as " + role
            + ": introduce them yourself, or re-enrol with `team NAME`.");
      }
      if (counterpart(hire, role).isEmpty()) {
        return Optional.of("Nobody is set as " + role + " for team " + hire.team().get()
            + ": name someone in config/teams/" + hire.team().get() + ".yaml.");
      }
      return Optional.empty();
    });
  }
}
