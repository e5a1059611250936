package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who completed what since a given instant, for HR's spreadsheets and compliance audits. Thread-safe. */
public final class ExportCompletions {
    private final ProgressRepository progress;
    private final HireRepository hires;
    private final ExpectedHires expected;
    private final TemplateCatalog templates;

    public ExportCompletions(
            ProgressRepository progress, HireRepository hires, ExpectedHires expected, TemplateCatalog templates) {
        this.progress = progress;
        this.hires = hires;
        this.expected = expected;
        this.templates = templates;
    }

    /** Every item completed at or after {@code since} and not undone, oldest first. */
    public List<CompletionRecord> since(Instant since) {
        Map<HireId, Optional<Hire>> hireCache = new HashMap<>();
        Map<HireId, Optional<String>> emails = new HashMap<>();
        return progress.completedSince(since).stream()
                .flatMap(state -> hireCache.computeIfAbsent(state.hireId(), hires::find).stream()
                        .map(hire -> record(
                                state,
                                hire,
                                emails.computeIfAbsent(
                                        hire.id(), id -> expected.find(id).flatMap(ExpectedHire::email)))))
                .toList();
    }

    /** The hire's current completions, oldest first. */
    public List<CompletionRecord> of(Hire hire) {
        Optional<String> email = expected.find(hire.id()).flatMap(ExpectedHire::email);
        return progress.itemsOf(hire.id()).stream()
                .filter(ItemState::isDone)
                .sorted(Comparator.comparing(
                        state -> state.completion().orElseThrow().at()))
                .map(state -> record(state, hire, email))
                .toList();
    }

    private CompletionRecord record(ItemState state, Hire hire, Optional<String> email) {
        Optional<ChecklistTemplate> template = templates.find(hire.templateId());
        String title = template.flatMap(found -> found.item(state.itemKey()))
                .map(item -> item.title())
                .orElse(state.itemKey().value());
        String section = template.flatMap(found -> found.sectionOf(state.itemKey()))
                .map(found -> found.title())
                .orElse(state.sectionId());
        Completion completion = state.completion().orElseThrow();
        return new CompletionRecord(
                hire.id(),
                hire.user(),
                email,
                hire.templateId().value(),
                state.itemKey().value(),
                title,
                state.sectionId(),
                section,
                completion.by(),
                completion.at(),
                completion.how());
    }
}
