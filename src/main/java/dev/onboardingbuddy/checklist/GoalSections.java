package dev.onboardingbuddy.checklist;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the sections of the goals chapters in document order. "N-Day Goals" runs from the day after the previous
 * goals chapter ended to day N, so the 60-day goals cover days 31-60. Not thread-safe; one instance per import.
 */
final class GoalSections {
    private final ItemFactory items;
    private final UniqueSlugs sectionIds;
    private final int programmeDays;
    private int previousLastDay;

    GoalSections(ItemFactory items, UniqueSlugs sectionIds, int programmeDays) {
        this.items = items;
        this.sectionIds = sectionIds;
        this.programmeDays = programmeDays;
    }

    List<Section> goals(MarkdownOutline.Chapter chapter) {
        int lastDay = ChapterKind.goalsLastDay(chapter.title());
        int line = chapter.heading().number();
        if (lastDay <= previousLastDay || lastDay > programmeDays) {
            throw new ImportException(
                    line,
                    "'" + chapter.title() + "' must end after day " + previousLastDay + " and by day " + programmeDays
                            + ", the last day of the programme");
        }
        Period phase = new Period(previousLastDay + 1, lastDay);
        previousLastDay = lastDay;
        return sections(chapter, phase);
    }

    /** A chapter with an unknown heading: its items may be done any time in the programme. */
    List<Section> other(MarkdownOutline.Chapter chapter) {
        return sections(chapter, new Period(1, programmeDays));
    }

    private List<Section> sections(MarkdownOutline.Chapter chapter, Period phase) {
        List<Section> sections = new ArrayList<>();
        for (MarkdownOutline.Block block : chapter.blocksWithPreamble()) {
            List<ItemDraft> drafts = ItemDraft.readAll(block.lines());
            if (drafts.isEmpty()) {
                continue;
            }
            int line = block.heading().number();
            Schedule schedule = Schedule.fromWeekHeading(block.title(), line).orElse(Schedule.of(phase));
            Schedule.within(schedule.due(), programmeDays, "section '" + block.title() + "'", line);
            SectionRule rule = SectionRule.forHeading(block.title());
            List<ChecklistItem> sectionItems = drafts.stream()
                    .map(draft -> items.item(draft, rule, schedule))
                    .toList();
            sections.add(new Section(sectionIds.next(block.title()), block.title(), chapter.title(), sectionItems));
        }
        return sections;
    }
}
