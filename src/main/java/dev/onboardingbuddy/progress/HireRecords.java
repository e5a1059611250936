package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireSearch;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Hires as HR sees them, by the id HR got: announced and still expected, or enrolled (open or not), with progress
 * and completions for one. Read-only. Thread-safe.
 */
public final class HireRecords {
    public static final String EXPECTED = "expected";

    private final HireRepository hires;
    private final ExpectedHires expected;
    private final HireItemsLoader items;
    private final ExportCompletions completions;
    private final String defaultTemplate;
    private final Clock clock;

    public HireRecords(
            HireRepository hires,
            ExpectedHires expected,
            HireItemsLoader items,
            ExportCompletions completions,
            String defaultTemplate,
            Clock clock) {
        this.hires = hires;
        this.expected = expected;
        this.items = items;
        this.completions = completions;
        this.defaultTemplate = defaultTemplate;
        this.clock = clock;
    }

    /**
     * One hire: an enrolment and HR's record of it (when HR announced them), or an expected hire's record alone.
     *
     * @param status {@value #EXPECTED}, or the enrolment's status in lower case; a record cancelled before its hire
     *     arrived is {@code cancelled}
     */
    public record HireRecord(HireId id, String status, Optional<Hire> hire, Optional<ExpectedHire> announced) {
        public Optional<String> email() {
            return announced.flatMap(ExpectedHire::email);
        }
    }

    /** One hire with their progress (absent while expected) and every current completion. */
    public record Report(HireRecord record, Optional<Tally> tally, List<CompletionRecord> completions) {}

    public record Page(List<HireRecord> hires, int total) {}

    /**
     * A page of hires: expected ones first (when the search has no status, or {@code onlyExpected}), then enrolments
     * oldest first.
     */
    public Page list(HireSearch search, boolean onlyExpected) {
        List<HireRecord> waiting = search.status().isPresent() && !onlyExpected
                ? List.of()
                : expected.waiting().stream()
                        .filter(record -> matches(record, search))
                        .map(this::waiting)
                        .toList();
        if (onlyExpected) {
            return new Page(
                    waiting.stream().skip(search.offset()).limit(search.limit()).toList(), waiting.size());
        }
        int fromWaiting = (int) Math.min(waiting.size(), search.offset());
        List<HireRecord> firstPart =
                waiting.subList(fromWaiting, Math.min(waiting.size(), fromWaiting + search.limit()));
        int left = search.limit() - firstPart.size();
        HireSearch enrolled = new HireSearch(
                search.status(),
                search.team(),
                search.manager(),
                search.templateId(),
                Math.max(0, search.offset() - waiting.size()),
                left);
        List<HireRecord> secondPart = left == 0
                ? List.of()
                : hires.search(enrolled).stream().map(this::enrolled).toList();
        return new Page(
                Stream.concat(firstPart.stream(), secondPart.stream()).toList(),
                waiting.size() + hires.count(enrolled));
    }

    public Optional<HireRecord> find(HireId id) {
        return hires.find(id).map(this::enrolled).or(() -> expected.find(id).map(this::waiting));
    }

    public Optional<Report> report(HireId id) {
        return find(id).map(record -> new Report(
                record,
                record.hire().map(hire -> items.load(hire).tally(clock.instant())),
                record.hire().map(completions::of).orElse(List.of())));
    }

    private HireRecord enrolled(Hire hire) {
        return new HireRecord(
                hire.id(), hire.status().name().toLowerCase(Locale.ROOT), Optional.of(hire), expected.find(hire.id()));
    }

    private HireRecord waiting(ExpectedHire record) {
        return new HireRecord(
                record.id(),
                record.isWaiting() ? EXPECTED : record.status().name().toLowerCase(Locale.ROOT),
                Optional.empty(),
                Optional.of(record));
    }

    private boolean matches(ExpectedHire record, HireSearch search) {
        return search.team()
                        .map(team -> record.request().team().equals(Optional.of(team)))
                        .orElse(true)
                && search.manager()
                        .map(manager -> record.request().manager().id().equals(Optional.of(manager)))
                        .orElse(true)
                && search.templateId()
                        .map(template -> record.request()
                                .templateId()
                                .orElse(defaultTemplate)
                                .equals(template))
                        .orElse(true);
    }
}
