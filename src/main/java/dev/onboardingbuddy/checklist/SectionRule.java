package dev.onboardingbuddy.checklist;

import java.util.List;
import java.util.Locale;

/** Which kind of item a goals section holds, decided by its {@code ###} heading; any other heading holds tasks. */
enum SectionRule {
    LEARNING(ItemKind.LEARNING, "learning & development"),
    RELATIONSHIP(ItemKind.RELATIONSHIP, "relationship building"),
    RESPONSIBILITY(ItemKind.RESPONSIBILITY, "initial responsibilities", "full responsibility ownership"),
    CAPABILITY(ItemKind.CAPABILITY, "capability development"),
    ARTIFACT(ItemKind.ARTIFACT, "artifact ownership"),
    TASK(ItemKind.TASK);

    // A task reads as learning when it starts like this; matches how the seed phrases its study items.
    private static final List<String> LEARNING_OPENINGS = List.of("learn", "assess", "deep dive");

    private final ItemKind kind;
    private final List<String> headings;

    SectionRule(ItemKind kind, String... headings) {
        this.kind = kind;
        this.headings = List.of(headings);
    }

    /** Heading prefixes count, so "Relationship Building (first month)" still holds relationships. */
    static SectionRule forHeading(String heading) {
        String normalized = Markdown.plain(heading).toLowerCase(Locale.ROOT);
        for (SectionRule rule : values()) {
            if (rule.headings.stream().anyMatch(normalized::startsWith)) {
                return rule;
            }
        }
        return TASK;
    }

    ItemKind kindOf(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        if (this == TASK && LEARNING_OPENINGS.stream().anyMatch(lower::startsWith)) {
            return ItemKind.LEARNING;
        }
        return kind;
    }

    /** A task to meet someone needs the other person too, so both are told. */
    Owner ownerOf(String title) {
        return this == TASK && title.toLowerCase(Locale.ROOT).startsWith("meet with") ? Owner.BOTH : Owner.HIRE;
    }
}
