package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.holidays.PublicHolidaySources;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.yaml.CalendarFiles;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import dev.onboardingbuddy.yaml.LoadResult;
import dev.onboardingbuddy.yaml.TeamFiles;

/** Loads the checklist and calendar files named by the settings, refusing to go on when any is invalid. */
final class Catalogs {
    private Catalogs() {}

    static TemplateCatalog templates(Settings settings) {
        return valid(new ChecklistFiles().loadDirectory(settings.files().checklists()));
    }

    static CalendarCatalog calendars(Settings settings) {
        return valid(new CalendarFiles(PublicHolidaySources.standard())
                .loadDirectory(settings.files().calendars()));
    }

    static TeamDirectory teams(Settings settings) {
        return valid(new TeamFiles().loadDirectory(settings.files().teams()));
    }

    private static <T> T valid(LoadResult<T> result) {
        if (!result.isValid()) {
            throw new UserInputError("fix these files first (run `validate` for details):\n" + result.report());
        }
        return result.orElseThrow();
    }
}
