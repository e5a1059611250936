package dev.onboardingbuddy.yaml;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.Relationship;
import dev.onboardingbuddy.checklist.Resource;
import dev.onboardingbuddy.checklist.Section;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a template in the schema {@link ChecklistFiles} reads, so {@code import-checklist --out} produces a file
 * authors can edit. Values most items of a section share become section defaults, keeping the file short.
 * SnakeYAML does the quoting, so any title survives the round trip. Stateless and thread-safe.
 */
public final class ChecklistYamlWriter {
    private static final String HEADER = """
      # Onboarding checklist template; loaded by ChecklistFiles.
      # id must equal the file name. Periods count from the start date: 'day 30', 'days 31-60', 'week 1', 'weeks 2-4'.
      # Sections may give release, due, kind and owner for all their items; an item's own value wins.
      # kind: task | learning | relationship | responsibility | capability | artifact | review. owner: hire | manager | both
      """;

    public String write(ChecklistTemplate template) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", template.id().value());
        root.put("version", template.version());
        root.put("role", template.role());
        putText(root, "mission", template.mission());
        putText(root, "summary", template.summary());
        root.put("programmeDays", template.programmeDays());
        root.put(
                "sections",
                template.sections().stream().map(ChecklistYamlWriter::section).toList());
        if (!template.resources().isEmpty()) {
            root.put(
                    "resources",
                    template.resources().stream()
                            .map(ChecklistYamlWriter::resource)
                            .toList());
        }
        return HEADER + yaml().dump(root);
    }

    private static Map<String, Object> section(Section section) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", section.id());
        out.put("title", section.title());
        putText(out, "phase", section.phase());
        Map<String, Object> defaults = new LinkedHashMap<>();
        shared(section, item -> item.release().text()).ifPresent(value -> defaults.put("release", value));
        shared(section, item -> item.due().text()).ifPresent(value -> defaults.put("due", value));
        shared(section, item -> FieldParsers.yamlName(item.kind())).ifPresent(value -> defaults.put("kind", value));
        shared(section, item -> FieldParsers.yamlName(item.owner())).ifPresent(value -> defaults.put("owner", value));
        out.putAll(defaults);
        out.put(
                "items",
                section.items().stream().map(item -> item(item, defaults)).toList());
        return out;
    }

    /** The value most items of the section have, if more than half do; the others override it. */
    private static Optional<String> shared(Section section, Function<ChecklistItem, String> value) {
        Map<String, Long> counts = section.items().stream()
                .collect(Collectors.groupingBy(value, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() * 2 > section.items().size())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<String, Object> item(ChecklistItem item, Map<String, Object> defaults) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", item.key().value());
        out.put("title", item.title());
        putText(out, "details", item.details());
        putUnlessDefault(out, defaults, "kind", FieldParsers.yamlName(item.kind()));
        putUnlessDefault(out, defaults, "owner", FieldParsers.yamlName(item.owner()));
        putUnlessDefault(out, defaults, "release", item.release().text());
        putUnlessDefault(out, defaults, "due", item.due().text());
        if (!item.notes().isEmpty()) {
            out.put("notes", item.notes());
        }
        if (!item.metrics().isEmpty()) {
            out.put("metrics", item.metrics());
        }
        item.relationship().ifPresent(relationship -> out.put("relationship", relationship(relationship)));
        item.target().ifPresent(target -> out.put("target", target));
        item.managerReview().ifPresent(review -> out.put("reviewWithManager", review.text()));
        return out;
    }

    private static Map<String, Object> relationship(Relationship relationship) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", relationship.counterpartRole());
        putText(out, "relation", relationship.relation());
        out.put("meetWithin", relationship.meetWithin().text());
        putText(out, "focus", relationship.focus());
        putText(out, "cadence", relationship.cadence());
        return out;
    }

    private static Map<String, Object> resource(Resource resource) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("group", resource.group());
        out.put("name", resource.name());
        putText(out, "description", resource.description());
        putText(out, "link", resource.link());
        return out;
    }

    private static void putUnlessDefault(
            Map<String, Object> out, Map<String, Object> defaults, String key, String value) {
        if (!Objects.equals(defaults.get(key), value)) {
            out.put(key, value);
        }
    }

    // The reader treats blank as absent, so leaving blanks out keeps files short without changing their meaning.
    private static void putText(Map<String, Object> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.put(key, value);
        }
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        return new Yaml(options);
    }
}
