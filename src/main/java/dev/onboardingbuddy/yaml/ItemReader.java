package dev.onboardingbuddy.yaml;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.checklist.ItemKind;
import dev.onboardingbuddy.checklist.Owner;
import dev.onboardingbuddy.checklist.Period;
import dev.onboardingbuddy.checklist.Relationship;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the items of one template, remembering keys across sections to catch duplicates. Not thread-safe. */
final class ItemReader {
    static final List<String> FIELDS = List.of(
            "key",
            "title",
            "details",
            "kind",
            "owner",
            "release",
            "due",
            "notes",
            "metrics",
            "relationship",
            "target",
            "reviewWithManager");
    static final List<String> RELATIONSHIP_FIELDS = List.of("role", "relation", "meetWithin", "focus", "cadence");

    /**
     * What a section lends its items when they do not say themselves.
     *
     * @param declared the fields the section gives, even if their values were wrong (already reported there)
     */
    record Defaults(
            Optional<Period> release,
            Optional<Period> due,
            Optional<ItemKind> kind,
            Optional<Owner> owner,
            Set<String> declared) {}

    private final Problems problems;
    private final int programmeDays;
    private final Map<String, Integer> keyLines = new HashMap<>();

    ItemReader(Problems problems, int programmeDays) {
        this.problems = problems;
        this.programmeDays = programmeDays;
    }

    Optional<ChecklistItem> read(Node node, String sectionId, int position, Defaults defaults) {
        String fallbackName = "item " + position + " of section '" + sectionId + "'";
        Optional<YamlMapping> read = YamlMapping.of(node, fallbackName, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping item = read.get()
                .peekText("key")
                .map(k -> read.get().named("item '" + k + "'"))
                .orElse(read.get());
        item.rejectUnknown(FIELDS);
        Optional<ItemKey> key = key(item);
        Optional<String> title = item.requiredText("title");
        String details = item.text("details").orElse("");
        ItemKind kind = FieldParsers.choice(item, "kind", ItemKind.class)
                .or(defaults::kind)
                .orElse(ItemKind.TASK);
        Owner owner = FieldParsers.choice(item, "owner", Owner.class)
                .or(defaults::owner)
                .orElse(Owner.HIRE);
        Optional<Period> release = inherited(item, "release", defaults);
        Optional<Period> due = inherited(item, "due", defaults);
        if (release.isPresent()
                && due.isPresent()
                && due.get().lastDay() < release.get().firstDay()) {
            item.problem("due", "due '" + due.get() + "' ends before release '" + release.get() + "' starts");
        }
        List<String> notes = item.texts("notes");
        List<String> metrics = item.texts("metrics");
        Optional<Relationship> relationship = item.node("relationship").flatMap(n -> relationship(n, item.what()));
        Optional<String> target = item.text("target");
        Optional<Period> review = FieldParsers.period(item, "reviewWithManager", programmeDays);
        boolean relationshipBroken = item.has("relationship") && relationship.isEmpty();
        if (key.isEmpty() || title.isEmpty() || release.isEmpty() || due.isEmpty() || relationshipBroken) {
            return Optional.empty();
        }
        return Optional.of(new ChecklistItem(
                key.get(),
                title.get(),
                details,
                kind,
                owner,
                release.get(),
                due.get(),
                notes,
                metrics,
                relationship,
                target,
                review));
    }

    private Optional<ItemKey> key(YamlMapping item) {
        Optional<String> text = item.requiredText("key");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!ItemKey.isValid(text.get())) {
            item.problem(
                    "key",
                    "key '" + text.get()
                            + "' must be lower-case letters and digits joined by '-', '_' or '.', such as 'meet-manager'");
            return Optional.empty();
        }
        int line = item.lineOf("key");
        Integer first = keyLines.putIfAbsent(text.get(), line);
        if (first != null) {
            item.problem("key", "key '" + text.get() + "' is already used by the item on line " + first);
            return Optional.empty();
        }
        return Optional.of(new ItemKey(text.get()));
    }

    private Optional<Period> inherited(YamlMapping item, String field, Defaults defaults) {
        if (item.has(field)) {
            return FieldParsers.period(item, field, programmeDays);
        }
        Optional<Period> fallback = field.equals("release") ? defaults.release() : defaults.due();
        if (fallback.isEmpty() && !defaults.declared().contains(field)) {
            item.problem(field, "'" + field + "' is missing; give it on the item or as a default on its section");
        }
        return fallback;
    }

    private Optional<Relationship> relationship(Node node, String owner) {
        Optional<YamlMapping> read = YamlMapping.of(node, owner + " relationship", problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping relation = read.get();
        relation.rejectUnknown(RELATIONSHIP_FIELDS);
        Optional<String> role = relation.requiredText("role");
        Optional<Period> meetWithin = FieldParsers.period(relation, "meetWithin", programmeDays);
        if (!relation.has("meetWithin")) {
            relation.problem("meetWithin", "'meetWithin' is missing, such as 'meetWithin: week 1'");
        }
        if (role.isEmpty() || meetWithin.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Relationship(
                role.get(),
                relation.text("relation").orElse(""),
                meetWithin.get(),
                relation.text("focus").orElse(""),
                relation.text("cadence").orElse("")));
    }
}
