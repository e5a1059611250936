package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.holidays.PublicHolidaySources;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.yaml.CalendarFiles;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import dev.onboardingbuddy.yaml.TeamFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** The configuration shipped in {@code config/}, loaded the way the bot loads it, and hires to try it on. */
public final class RealConfig {
    private RealConfig() {}

    public static TemplateCatalog templates() {
        return new ChecklistFiles().loadDirectory(Path.of("config/checklists")).orElseThrow();
    }

    public static ChecklistTemplate backendEngineer() {
        return templates().require("backend-engineer");
    }

    public static CalendarCatalog calendars() {
        return new CalendarFiles(PublicHolidaySources.standard())
                .loadDirectory(Path.of("config/calendars"))
                .orElseThrow();
    }

    public static TeamDirectory teams() {
        return new TeamFiles().loadDirectory(Path.of("config/teams")).orElseThrow();
    }

    /** An active backend-engineer hire, not stored anywhere. */
    public static Hire hire(
            String user,
            LocalDate start,
            ZoneId zone,
            String calendar,
            Optional<String> team,
            Optional<String> managerChannel) {
        return Hires.anActiveHire()
                .user(user)
                .on(backendEngineer().id(), backendEngineer().version())
                .startingOn(start)
                .in(zone)
                .onCalendar(calendar)
                .inTeam(team)
                .remindingIn(managerChannel)
                .build();
    }
}
