package dev.onboardingbuddy.yaml;

import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.HolidaySource;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads working calendars from {@code config/calendars/*.yaml}: one calendar per file, its id equal to the file
 * name, optionally taking a country's public holidays ({@code country: de-by}) under its own listed days off. Every
 * problem is reported with file and line. Stateless and thread-safe.
 */
public final class CalendarFiles {
    private static final String EXPECTED = "a calendar with id, name, country, workingDays and holidays";

    private final HolidaySource publicHolidays;

    /** @param publicHolidays what {@code country:} may name */
    public CalendarFiles(HolidaySource publicHolidays) {
        this.publicHolidays = publicHolidays;
    }

    public LoadResult<WorkingCalendar> load(Path file) {
        Problems problems = new Problems(file);
        Optional<WorkingCalendar> calendar = YamlDocuments.readText(file, problems)
                .flatMap(text -> YamlDocuments.compose(text, problems, EXPECTED))
                .flatMap(root -> new CalendarReader(problems, publicHolidays).read(root, ChecklistFiles.idOf(file)));
        return new LoadResult<>(problems.isEmpty() ? calendar : Optional.empty(), problems.sorted());
    }

    /** Every {@code *.yaml} file of the directory plus {@code default}; the catalog holds those without problems. */
    public LoadResult<CalendarCatalog> loadDirectory(Path directory) {
        List<ValidationProblem> problems = new ArrayList<>();
        List<WorkingCalendar> calendars = new ArrayList<>();
        for (Path file : ChecklistFiles.yamlFiles(directory, problems)) {
            LoadResult<WorkingCalendar> result = load(file);
            problems.addAll(result.problems());
            result.value().ifPresent(calendars::add);
        }
        return new LoadResult<>(Optional.of(new CalendarCatalog(calendars)), ChecklistFiles.inFileOrder(problems));
    }
}
