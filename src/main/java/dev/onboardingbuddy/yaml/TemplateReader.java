package dev.onboardingbuddy.yaml;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKind;
import dev.onboardingbuddy.checklist.Owner;
import dev.onboardingbuddy.checklist.Resource;
import dev.onboardingbuddy.checklist.Section;
import dev.onboardingbuddy.checklist.TemplateId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one checklist template from its node tree, reporting every problem rather than stopping at the first. */
final class TemplateReader {
    static final List<String> FIELDS =
            List.of("id", "version", "role", "mission", "summary", "programmeDays", "sections", "resources");
    static final List<String> SECTION_FIELDS =
            List.of("id", "title", "phase", "release", "due", "kind", "owner", "items");
    static final List<String> RESOURCE_FIELDS = List.of("group", "name", "description", "link");

    private final Problems problems;

    TemplateReader(Problems problems) {
        this.problems = problems;
    }

    /** @param expectedId the file name without {@code .yaml}; the template's id must equal it */
    Optional<ChecklistTemplate> read(Node root, String expectedId) {
        Optional<YamlMapping> read = YamlMapping.of(root, "template", problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping template = read.get();
        template.rejectUnknown(FIELDS);
        Optional<TemplateId> id = id(template, expectedId);
        int version = template.has("version") ? template.positiveInt("version").orElse(1) : 1;
        Optional<String> role = template.requiredText("role");
        int programmeDays = template.has("programmeDays")
                ? template.positiveInt("programmeDays").orElse(ChecklistTemplate.DEFAULT_PROGRAMME_DAYS)
                : ChecklistTemplate.DEFAULT_PROGRAMME_DAYS;
        if (!template.has("sections")) {
            template.problem("sections", "'sections' is missing; a template needs at least one section of items");
        }
        List<Section> sections = sections(template, new ItemReader(problems, programmeDays), programmeDays);
        List<Resource> resources = resources(template);
        if (!problems.isEmpty() || id.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChecklistTemplate(
                id.get(),
                version,
                role.get(),
                template.text("mission").orElse(""),
                template.text("summary").orElse(""),
                programmeDays,
                sections,
                resources));
    }

    private Optional<TemplateId> id(YamlMapping template, String expectedId) {
        Optional<String> id = template.requiredText("id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!TemplateId.isValid(id.get())) {
            template.problem(
                    "id", "id '" + id.get() + "' must be lower-case words joined by '-', such as backend-engineer");
            return Optional.empty();
        }
        if (!id.get().equals(expectedId)) {
            template.problem(
                    "id",
                    "id '" + id.get() + "' does not match the file name '" + expectedId
                            + ".yaml'; rename the file or change the id");
            return Optional.empty();
        }
        return Optional.of(new TemplateId(id.get()));
    }

    private List<Section> sections(YamlMapping template, ItemReader items, int programmeDays) {
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        int position = 0;
        for (Node node : template.list("sections")) {
            position++;
            Optional<YamlMapping> read = YamlMapping.of(node, "section " + position, problems);
            if (read.isEmpty()) {
                continue;
            }
            YamlMapping section = read.get()
                    .peekText("id")
                    .map(id -> read.get().named("section '" + id + "'"))
                    .orElse(read.get());
            section.rejectUnknown(SECTION_FIELDS);
            Optional<String> id = sectionId(section, idLines);
            Optional<String> title = section.requiredText("title");
            ItemReader.Defaults defaults = new ItemReader.Defaults(
                    FieldParsers.period(section, "release", programmeDays),
                    FieldParsers.period(section, "due", programmeDays),
                    FieldParsers.choice(section, "kind", ItemKind.class),
                    FieldParsers.choice(section, "owner", Owner.class),
                    Set.of("release", "due").stream().filter(section::has).collect(Collectors.toSet()));
            List<ChecklistItem> sectionItems = new ArrayList<>();
            int itemPosition = 0;
            for (Node itemNode : section.list("items")) {
                items.read(itemNode, id.orElse(String.valueOf(position)), ++itemPosition, defaults)
                        .ifPresent(sectionItems::add);
            }
            if (itemPosition == 0) {
                section.problem("items", "'items' is missing or empty; a section needs at least one item");
            }
            if (id.isPresent() && title.isPresent()) {
                sections.add(
                        new Section(id.get(), title.get(), section.text("phase").orElse(""), sectionItems));
            }
        }
        return sections;
    }

    private Optional<String> sectionId(YamlMapping section, Map<String, Integer> idLines) {
        Optional<String> id = section.requiredText("id");
        if (id.isPresent() && !TemplateId.isValid(id.get())) {
            section.problem("id", "id '" + id.get() + "' must be lower-case words joined by '-', such as weeks-2-4");
            return Optional.empty();
        }
        if (id.isPresent()) {
            Integer first = idLines.putIfAbsent(id.get(), section.lineOf("id"));
            if (first != null) {
                section.problem("id", "id '" + id.get() + "' is already used by the section on line " + first);
                return Optional.empty();
            }
        }
        return id;
    }

    private List<Resource> resources(YamlMapping template) {
        List<Resource> resources = new ArrayList<>();
        int position = 0;
        for (Node node : template.list("resources")) {
            position++;
            Optional<YamlMapping> read = YamlMapping.of(node, "resource " + position, problems);
            if (read.isEmpty()) {
                continue;
            }
            YamlMapping resource = read.get()
                    .peekText("name")
                    .map(n -> read.get().named("resource '" + n + "'"))
                    .orElse(read.get());
            resource.rejectUnknown(RESOURCE_FIELDS);
            Optional<String> group = resource.requiredText("group");
            Optional<String> name = resource.requiredText("name");
            if (group.isPresent() && name.isPresent()) {
                resources.add(new Resource(
                        group.get(),
                        name.get(),
                        resource.text("description").orElse(""),
                        resource.text("link").orElse("")));
            }
        }
        return resources;
    }
}
