package dev.onboardingbuddy.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A role's checklist: the sections and items every hire on this role goes through.
 *
 * @param version bumped by the author when items change; a hire keeps the version they were enrolled on
 * @param programmeDays how long the programme runs; no period may reach past it
 */
public record ChecklistTemplate(
        TemplateId id,
        int version,
        String role,
        String mission,
        String summary,
        int programmeDays,
        List<Section> sections,
        List<Resource> resources) {

    public static final int DEFAULT_PROGRAMME_DAYS = 90;

    public ChecklistTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        mission = mission == null ? "" : mission;
        summary = summary == null ? "" : summary;
        sections = List.copyOf(sections);
        resources = List.copyOf(resources == null ? List.of() : resources);
    }

    public Stream<ChecklistItem> items() {
        return sections.stream().flatMap(section -> section.items().stream());
    }

    public int itemCount() {
        return sections.stream().mapToInt(section -> section.items().size()).sum();
    }

    public Optional<ChecklistItem> item(ItemKey key) {
        return items().filter(item -> item.key().equals(key)).findFirst();
    }

    public Optional<Section> sectionOf(ItemKey key) {
        return sections.stream()
                .filter(section ->
                        section.items().stream().anyMatch(item -> item.key().equals(key)))
                .findFirst();
    }
}
