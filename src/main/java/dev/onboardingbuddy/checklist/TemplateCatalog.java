package dev.onboardingbuddy.checklist;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The role checklists the bot knows, by id. Immutable, so safe to share between threads. */
public final class TemplateCatalog {
    private final Map<TemplateId, ChecklistTemplate> byId;

    /** @throws IllegalArgumentException when two templates share an id */
    public TemplateCatalog(Collection<ChecklistTemplate> templates) {
        Map<TemplateId, ChecklistTemplate> map =
                new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (ChecklistTemplate template : templates) {
            if (map.putIfAbsent(template.id(), template) != null) {
                throw new IllegalArgumentException("template '" + template.id() + "' is given twice");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    public static TemplateCatalog empty() {
        return new TemplateCatalog(List.of());
    }

    public Optional<ChecklistTemplate> find(TemplateId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** For ids typed by people (CLI, slash commands): the message lists what they could have typed. */
    public ChecklistTemplate require(String id) {
        ChecklistTemplate template = TemplateId.isValid(id) ? byId.get(new TemplateId(id)) : null;
        if (template == null) {
            String choices = byId.isEmpty() ? "(none loaded)" : String.join(", ", ids());
            throw new IllegalArgumentException("unknown template '" + id + "'; choose one of: " + choices);
        }
        return template;
    }

    public SortedSet<String> ids() {
        SortedSet<String> ids = new TreeSet<>();
        byId.keySet().forEach(id -> ids.add(id.value()));
        return Collections.unmodifiableSortedSet(ids);
    }

    /** In id order. */
    public List<ChecklistTemplate> templates() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    @Override
    public String toString() {
        return "TemplateCatalog" + ids();
    }
}
