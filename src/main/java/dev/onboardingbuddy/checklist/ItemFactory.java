package dev.onboardingbuddy.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the checkboxes of goals sections into items, following the section's rule. Not thread-safe: it shares the
 * key allocator of one import.
 */
final class ItemFactory {
    private static final Set<String> ALWAYS_USED = Set.of(
            ItemDraft.SUCCESS_METRICS,
            ItemDraft.SUCCESS_CRITERIA,
            ItemDraft.MANAGER_REVIEW,
            ItemDraft.TARGET,
            ItemDraft.PROFICIENCY,
            ItemDraft.DEVELOPMENT_PLAN);
    private static final Set<String> RELATIONSHIP_USED = Set.of(
            ItemDraft.MEET_WITHIN,
            ItemDraft.FOCUS,
            ItemDraft.FREQUENCY,
            ItemDraft.SUCCESS_METRICS,
            ItemDraft.SUCCESS_CRITERIA,
            ItemDraft.MANAGER_REVIEW,
            ItemDraft.TARGET);
    private static final Pattern COUNTERPART = Pattern.compile("(?i).*\\bwith\\s+(.+)");
    private static final Pattern ARTIFACT_TYPE = Pattern.compile("\\((.+)\\)");
    private static final Pattern METRIC_SEPARATOR = Pattern.compile("\\s*,\\s+");

    private final UniqueSlugs keys;
    private final int programmeDays;

    ItemFactory(UniqueSlugs keys, int programmeDays) {
        this.keys = keys;
        this.programmeDays = programmeDays;
    }

    ChecklistItem item(ItemDraft draft, SectionRule rule, Schedule schedule) {
        return rule == SectionRule.RELATIONSHIP ? relationship(draft, schedule) : plain(draft, rule, schedule);
    }

    private ChecklistItem plain(ItemDraft draft, SectionRule rule, Schedule schedule) {
        String title = draft.title();
        return new ChecklistItem(
                new ItemKey(keys.next(title)),
                title,
                details(draft, rule),
                rule.kindOf(title),
                rule.ownerOf(title),
                schedule.release(),
                schedule.due(),
                draft.notes(ALWAYS_USED),
                metrics(draft),
                Optional.empty(),
                draft.value(ItemDraft.TARGET),
                managerReview(draft));
    }

    /** "**Provides API** with Frontend Engineer": meet them within the given weeks, released on the first day. */
    private ChecklistItem relationship(ItemDraft draft, Schedule schedule) {
        Matcher counterpart = COUNTERPART.matcher(draft.bold() ? draft.rest() : draft.title());
        if (!counterpart.matches()) {
            throw new ImportException(
                    draft.line(),
                    "relationship '" + draft.title() + "' must say whom to meet, such as"
                            + " '**Provides API** with Frontend Engineer'");
        }
        ItemDraft.Field meetWithin = draft.field(ItemDraft.MEET_WITHIN)
                .orElseThrow(() -> new ImportException(
                        draft.line(),
                        "relationship '" + draft.title() + "' needs a nested '- Meet within: Week 1' line"));
        Period meet = Schedule.within(
                Schedule.parse(meetWithin.value(), ItemDraft.MEET_WITHIN, meetWithin.line()),
                programmeDays,
                ItemDraft.MEET_WITHIN,
                meetWithin.line());
        String role = counterpart.group(1).strip();
        String relation = draft.bold() ? draft.title() : "";
        String title = "Meet the " + role + (relation.isEmpty() ? "" : " (" + relation + ")");
        Relationship relationship = new Relationship(
                role,
                relation,
                meet,
                draft.value(ItemDraft.FOCUS).orElse(""),
                draft.value(ItemDraft.FREQUENCY).orElse(""));
        return new ChecklistItem(
                new ItemKey(keys.next(title)),
                title,
                "",
                ItemKind.RELATIONSHIP,
                Owner.HIRE,
                Period.day(meet.firstDay()),
                meet,
                draft.notes(RELATIONSHIP_USED),
                metrics(draft),
                Optional.of(relationship),
                draft.value(ItemDraft.TARGET),
                managerReview(draft));
    }

    /** The text after the bold title, plus proficiency and plan, which a hire reads as the item's description. */
    private static String details(ItemDraft draft, SectionRule rule) {
        String rest = draft.rest();
        Matcher type = ARTIFACT_TYPE.matcher(rest);
        if (rule == SectionRule.ARTIFACT && type.matches()) {
            rest = "Type: " + type.group(1).strip();
        }
        List<String> parts = new ArrayList<>();
        parts.add(rest);
        draft.value(ItemDraft.PROFICIENCY).ifPresent(value -> parts.add(ItemDraft.PROFICIENCY + ": " + value));
        draft.value(ItemDraft.DEVELOPMENT_PLAN).ifPresent(parts::add);
        return String.join(" ", parts.stream().filter(part -> !part.isEmpty()).toList());
    }

    private static List<String> metrics(ItemDraft draft) {
        return Stream.of(ItemDraft.SUCCESS_METRICS, ItemDraft.SUCCESS_CRITERIA)
                .flatMap(label -> draft.value(label).stream())
                .flatMap(METRIC_SEPARATOR::splitAsStream)
                .filter(metric -> !metric.isBlank())
                .toList();
    }

    /** Checked against the programme but not against the release: the seed reviews some week-4 items in week 4. */
    private Optional<Period> managerReview(ItemDraft draft) {
        return draft.field(ItemDraft.MANAGER_REVIEW)
                .map(field -> Schedule.within(
                        Schedule.parse(field.value(), ItemDraft.MANAGER_REVIEW, field.line()),
                        programmeDays,
                        ItemDraft.MANAGER_REVIEW,
                        field.line()));
    }
}
