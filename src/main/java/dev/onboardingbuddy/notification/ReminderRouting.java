package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.enrollment.TeamMember;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Where a hire's reminders go and whom they should meet: the enrolment's own manager channel, else their team's,
 * else the configured default; the team directory names the people behind counterpart roles.
 */
public final class ReminderRouting {
  private final TeamDirectory teams;
  private final CalendarCatalog calendars;
  private final QuietHours quietHours;
  private final Map<Platform, String> defaultManagerChannels;
  private final RecipientZones zones;

  /** Everyone on the hire's clock: for callers that know no profiles. */
  public ReminderRouting(TeamDirectory teams, CalendarCatalog calendars, QuietHours quietHours,
      Map<Platform, String> defaultManagerChannels) {
    this(teams, calendars, quietHours, defaultManagerChannels, RecipientZones.none());
  }

  /**
   * @param defaultManagerChannels the configured managers' channel of each platform the installation serves
   * @param zones the zone of each person the bot messages about a hire: managers and colleagues keep their own clock
   */
  public ReminderRouting(TeamDirectory teams, CalendarCatalog calendars, QuietHours quietHours,
      Map<Platform, String> defaultManagerChannels, RecipientZones zones) {
    this.teams = teams;
    this.calendars = calendars;
    this.quietHours = quietHours;
    this.defaultManagerChannels = Map.copyOf(defaultManagerChannels);
    this.zones = zones;
  }

  /** The zone {@code person} is messaged in about {@code hire}: their own, else the hire's. */
  public ZoneId zoneOf(ChatUserId person, Hire hire) {
    return person.equals(hire.user()) ? hire.zone() : zones.zoneOf(person, hire.zone());
  }

  /**
   * Reads the zones of everyone the hire's team names, so that a later {@link #zoneOf} inside a transaction finds them
   * cached instead of asking the platform while holding a connection.
   */
  public void knowZonesAround(Hire hire) {
    hire.team().flatMap(teams::find)
        .ifPresent(team -> team.members().forEach(member -> zoneOf(member.person(), hire)));
  }

  /**
   * The first instant from {@code wanted} (or now, if later) at which {@code person} may be messaged unprompted: inside
   * quiet hours in their own zone, on a working day of the hire's calendar.
   */
  public Instant notBefore(Instant wanted, Instant now, ChatUserId person, Hire hire) {
    return quietHours.nextAllowed(wanted.isAfter(now) ? wanted : now, zoneOf(person, hire), calendarOf(hire));
  }

  /**
   * @throws IllegalStateException when the hire's platform has no managers' channel configured, which the
   *     settings rule out for every platform the installation serves
   */
  public Recipient managerChannel(Hire hire) {
    Platform platform = hire.user().platform();
    return new Recipient.Channel(platform, hire.managerChannel()
        .or(() -> hire.team().flatMap(teams::find).flatMap(Team::managerChannel))
        .or(() -> Optional.ofNullable(defaultManagerChannels.get(platform)))
        .orElseThrow(() -> new IllegalStateException("no managers' channel is configured for "
            + platform.displayName())));
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
  public Optional<Text> staffingGap(Hire hire, PlannedReminder reminder) {
    return reminder.item().relationship().flatMap(relationship -> {
      String role = relationship.counterpartRole();
      if (hire.team().isEmpty()) {
        return Optional.of(Text.builder().mention(hire.user()).plain(" has no team, so nobody was introduced as "
            + role + ": introduce them yourself, or re-enrol with ").code("team NAME").plain(".").build());
      }
      if (counterpart(hire, role).isEmpty()) {
        return Optional.of(Text.plain("Nobody is set as " + role + " for team " + hire.team().get()
            + ": name someone in config/teams/" + hire.team().get() + ".yaml."));
      }
      return Optional.empty();
    });
  }
}
