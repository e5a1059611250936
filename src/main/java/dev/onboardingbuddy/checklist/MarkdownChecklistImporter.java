package dev.onboardingbuddy.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a role checklist written in the generator's markdown format (front matter, {@code # <Role> Onboarding
 * Checklist}, Overview, 30/60/90-day goals, check-ins, resources, notes and feedback) into a template. Every
 * {@code - [ ]} checkbox becomes an item or a criterion of a review; a document that cannot be read that way is
 * rejected with an {@link ImportException} naming the line, never imported in part.
 *
 * <p>Stateless and thread-safe; each call works on its own state.
 */
public final class MarkdownChecklistImporter {
    /** Item keys stay short enough to type in a chat reply such as "done api-design-implementation". */
    static final int MAX_KEY_LENGTH = 40;

    static final int FIRST_VERSION = 1;

    private static final Pattern TITLE_SUFFIX = Pattern.compile("(?i)\\s+onboarding\\s+checklist\\s*$");
    private static final Pattern MISSION = Pattern.compile("(?i)mission\\s*:\\s*(.+)");
    private static final Pattern SUMMARY = Pattern.compile("(?i)what you['’]ll be doing\\s*:\\s*(.+)");

    /**
     * @param id the id the template will be stored under, usually the file name
     * @return version 1 of the template, running {@value ChecklistTemplate#DEFAULT_PROGRAMME_DAYS} days
     * @throws ImportException (an {@link IllegalArgumentException}) when the document has no title, no checkbox,
     *     or a value that cannot be read, such as "Meet within: soon"
     */
    public ChecklistTemplate importMarkdown(String markdown, TemplateId id) {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(id, "id");
        int programmeDays = ChecklistTemplate.DEFAULT_PROGRAMME_DAYS;
        MarkdownOutline outline = MarkdownOutline.read(markdown);
        String role = role(outline);
        requireCheckbox(outline);

        UniqueSlugs keys = new UniqueSlugs(MAX_KEY_LENGTH);
        UniqueSlugs sectionIds = new UniqueSlugs(0);
        GoalSections goals = new GoalSections(new ItemFactory(keys, programmeDays), sectionIds, programmeDays);
        ReviewSections reviews = new ReviewSections(keys, sectionIds, programmeDays);
        List<Section> sections = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        String mission = "";
        String summary = "";
        for (MarkdownOutline.Chapter chapter : outline.chapters()) {
            ChapterKind kind = ChapterKind.of(chapter.title());
            switch (kind) {
                case OVERVIEW -> {
                    requireNoCheckbox(chapter);
                    mission = overviewValue(chapter, MISSION).orElse(mission);
                    summary = overviewValue(chapter, SUMMARY).orElse(summary);
                }
                case GOALS -> sections.addAll(goals.goals(chapter));
                case REVIEWS, NOTES -> sections.addAll(reviews.reviews(chapter));
                case RESOURCES -> {
                    requireNoCheckbox(chapter);
                    resources.addAll(ResourceReader.resources(chapter));
                }
                case OTHER -> sections.addAll(goals.other(chapter));
            }
        }
        return new ChecklistTemplate(id, FIRST_VERSION, role, mission, summary, programmeDays, sections, resources);
    }

    /** The {@code #} title names the role; the front matter's {@code role:} stands in when the title is missing. */
    private static String role(MarkdownOutline outline) {
        Optional<String> fromTitle = outline.title()
                .map(title -> TITLE_SUFFIX
                        .matcher(Markdown.plain(title.text()))
                        .replaceFirst("")
                        .strip())
                .filter(title -> !title.isEmpty());
        Optional<String> fromFrontMatter =
                Optional.ofNullable(outline.frontMatter().get("role")).filter(role -> !role.isBlank());
        return fromTitle
                .or(() -> fromFrontMatter)
                .orElseThrow(
                        () -> new ImportException(
                                0,
                                "the checklist has no title: start it with '# <Role> Onboarding Checklist' or a front matter 'role:'"));
    }

    private static void requireCheckbox(MarkdownOutline outline) {
        boolean any = outline.chapters().stream()
                .flatMap(MarkdownOutline.Chapter::lines)
                .anyMatch(line -> line.is(MarkdownLine.Kind.CHECKBOX));
        if (!any) {
            throw new ImportException(0, "the checklist has no '- [ ]' checkbox, so it would have no items");
        }
    }

    /** Overview and resources hold no items; a checkbox there is rejected rather than silently dropped. */
    private static void requireNoCheckbox(MarkdownOutline.Chapter chapter) {
        chapter.lines()
                .filter(line -> line.is(MarkdownLine.Kind.CHECKBOX))
                .findFirst()
                .ifPresent(line -> {
                    throw new ImportException(
                            line.number(),
                            "checkbox '" + line.text() + "' is under '## " + chapter.title()
                                    + "', which holds no items; move it under a goals heading such as '## 30-Day Goals'");
                });
    }

    private static Optional<String> overviewValue(MarkdownOutline.Chapter chapter, Pattern label) {
        return chapter.lines()
                .map(line -> label.matcher(Markdown.plain(line.text())))
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1).strip())
                .findFirst();
    }
}
