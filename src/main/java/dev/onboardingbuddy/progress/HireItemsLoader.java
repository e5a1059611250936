package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.Refusal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a hire's items with their template; the one place that decides what a missing template means. */
public final class HireItemsLoader {
    private final TemplateCatalog templates;
    private final ProgressRepository progress;

    public HireItemsLoader(TemplateCatalog templates, ProgressRepository progress) {
        this.templates = templates;
        this.progress = progress;
    }

    public HireItems load(Hire hire) {
        return HireItems.of(template(hire), progress.itemsOf(hire.id()));
    }

    /** The items of several hires from one query (per few hundred hires), keyed by hire, in the order given. */
    public Map<HireId, HireItems> load(Collection<Hire> hires) {
        Map<HireId, List<ItemState>> states =
                progress.itemsOf(hires.stream().map(Hire::id).toList());
        Map<HireId, HireItems> loaded = new LinkedHashMap<>();
        hires.forEach(hire ->
                loaded.put(hire.id(), HireItems.of(template(hire), states.getOrDefault(hire.id(), List.of()))));
        return loaded;
    }

    /**
     * Each hire's counts of their own items (those {@code done/total} counts), counted by the repository: one query
     * per template in use, however many hires. A hire with no items counts {@link ItemCounts#NONE}.
     */
    public Map<HireId, ItemCounts> counts(Collection<Hire> hires, Instant now) {
        Map<TemplateId, List<Hire>> byTemplate = hires.stream().collect(Collectors.groupingBy(Hire::templateId));
        Map<HireId, ItemCounts> counts = new HashMap<>();
        byTemplate.forEach((id, those) -> {
            List<ItemKey> hireItems = template(those.get(0))
                    .items()
                    .filter(item -> item.owner().includesHire())
                    .map(ChecklistItem::key)
                    .toList();
            counts.putAll(progress.countsOf(those.stream().map(Hire::id).toList(), hireItems, now));
        });
        hires.forEach(hire -> counts.putIfAbsent(hire.id(), ItemCounts.NONE));
        return counts;
    }

    /** The hire's template, without their items; refused as {@link #load(Hire)} is when it is gone. */
    public ChecklistTemplate template(Hire hire) {
        // Refused with words that tell whoever asked which file an operator has to restore.
        return templates
                .find(hire.templateId())
                .orElseThrow(() -> new EnrollmentRefused(
                        new Refusal.ChecklistGone(hire.templateId().value(), hire.user())));
    }
}
