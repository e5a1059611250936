package dev.onboardingbuddy.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the manager's reviews: each {@code ###} of "Success Metrics & Check-ins" or "Notes & Feedback" is one review
 * item, and its checkboxes are what the manager checks, not items of their own.
 */
final class ReviewSections {
    private static final Pattern DAY_HEADING = Pattern.compile("(?i)(\\d{1,3})-day\\b.*");

    private final UniqueSlugs keys;
    private final UniqueSlugs sectionIds;
    private final int programmeDays;

    ReviewSections(UniqueSlugs keys, UniqueSlugs sectionIds, int programmeDays) {
        this.keys = keys;
        this.sectionIds = sectionIds;
        this.programmeDays = programmeDays;
    }

    /** One section named after the chapter; empty when the chapter has no {@code ###} reviews. */
    List<Section> reviews(MarkdownOutline.Chapter chapter) {
        List<ChecklistItem> reviews = new ArrayList<>();
        for (MarkdownOutline.Block block : chapter.blocksWithPreamble()) {
            boolean introduction = block.heading().equals(chapter.heading());
            // An introduction under the chapter heading is no review, unless it has criteria that must not be lost.
            if (!introduction || block.lines().stream().anyMatch(line -> line.is(MarkdownLine.Kind.CHECKBOX))) {
                reviews.add(review(block));
            }
        }
        if (reviews.isEmpty()) {
            return List.of();
        }
        return List.of(new Section(sectionIds.next(chapter.title()), chapter.title(), "", reviews));
    }

    private ChecklistItem review(MarkdownOutline.Block block) {
        String title = Markdown.plain(block.title());
        Schedule schedule = schedule(title, block.heading().number());
        List<String> criteria = ItemDraft.readAll(block.lines()).stream()
                .map(ItemDraft::fullText)
                .toList();
        return new ChecklistItem(
                new ItemKey(keys.next(title)),
                title,
                "",
                ItemKind.REVIEW,
                Owner.MANAGER,
                schedule.release(),
                schedule.due(),
                notes(block),
                criteria,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** "30-Day Review" is held on day 30; "Week 4 Review" in week 4. */
    private Schedule schedule(String title, int line) {
        Matcher day = DAY_HEADING.matcher(title);
        Schedule schedule = day.matches()
                ? Schedule.of(Period.day(Integer.parseInt(day.group(1))))
                : Schedule.fromWeekHeading(title, line)
                        .orElseThrow(
                                () -> new ImportException(
                                        line,
                                        "review '" + title
                                                + "' must say when it is held, such as '### 30-Day Review' or '### Week 4 Review'"));
        Schedule.within(schedule.due(), programmeDays, "review '" + title + "'", line);
        return schedule;
    }

    /** Plain lines and bullets under a review are kept for the manager; italic prompts such as "Date: ___" are not. */
    private static List<String> notes(MarkdownOutline.Block block) {
        return block.lines().stream()
                .filter(line -> line.is(MarkdownLine.Kind.TEXT) || line.is(MarkdownLine.Kind.BULLET))
                .filter(line -> line.indent() == 0 && !Markdown.isItalicLine(line.text()))
                .map(line -> Markdown.plain(line.text()))
                .toList();
    }
}
