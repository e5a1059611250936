package dev.onboardingbuddy.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import dev.onboardingbuddy.home.AdminOverview;
import dev.onboardingbuddy.home.HiresOverview;
import dev.onboardingbuddy.home.HomeTexts;
import dev.onboardingbuddy.home.HomeView;
import dev.onboardingbuddy.home.OpenItem;
import dev.onboardingbuddy.home.OwnChecklist;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.HireProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lays a home out as a Slack home tab within Block Kit's limits: 100 blocks a view, 3000 characters a section's text,
 * 150 a header's. Each part has a budget, so a person who is hire, manager, lead and admin at once still fits; lists
 * longer than their budget end with how many are left out, and where to see them. Stateless and thread-safe.
 *
 * <p>Done buttons carry the action and value of the conversation's Done buttons, so Bolt routes a press here to the
 * same listener and the completion is recorded the same way, once.
 */
public final class HomeTabRenderer {
    static final int MAX_BLOCKS = 100;
    static final int MAX_TEXT_CHARS = BlockKitRenderer.MAX_TEXT_CHARS;
    static final int MAX_HEADER_CHARS = BlockKitRenderer.MAX_HEADER_CHARS;
    /** The own checklist's share of the 100 blocks; the hires parts take at most 23 each and the admin part 9. */
    static final int CHECKLIST_BLOCKS = 44;

    static final int OVERDUE_SHOWN = 8;
    static final int ITEMS_PER_SECTION = 4;
    static final int DUE_LINES_PER_HIRE = 4;
    static final int RISKIEST_LINES_PER_BLOCK = 5;
    /**
     * A line that shares a section with others (a hire and what is due for them, five hires, the failed sends) is cut at
     * this length, so one long title cannot push the lines after it out of the section's 3000 characters.
     */
    static final int MAX_LINE_CHARS = 480;

    private final HomeTexts texts = new HomeTexts();

    public View render(HomeView home) {
        List<List<LayoutBlock>> parts = new ArrayList<>();
        ActionIds ids = new ActionIds();
        home.checklist().ifPresent(checklist -> parts.add(checklist(checklist, ids)));
        home.managed().ifPresent(hires -> parts.add(hires(HomeTexts.MANAGED_TITLE, hires)));
        home.led().ifPresent(hires -> parts.add(hires(HomeTexts.LED_TITLE, hires)));
        home.admin().ifPresent(admin -> parts.add(admin(admin)));
        List<LayoutBlock> blocks = new ArrayList<>();
        if (parts.isEmpty()) {
            blocks.add(text(texts.nothingYet()));
        }
        for (List<LayoutBlock> part : parts) {
            if (!blocks.isEmpty()) {
                blocks.add(divider());
            }
            blocks.addAll(part);
        }
        return View.builder().type("home").blocks(withinBlockLimit(blocks)).build();
    }

    private List<LayoutBlock> checklist(OwnChecklist checklist, ActionIds ids) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(heading(HomeTexts.CHECKLIST_TITLE));
        blocks.add(text(texts.progress(checklist.progress())));
        if (!checklist.overdue().isEmpty()) {
            blocks.add(text(texts.overdueHeading(checklist.overdue().size())));
            itemsWithDone(checklist.overdue(), OVERDUE_SHOWN, ids, blocks);
        }
        for (OwnChecklist.SectionProgress section : checklist.sections()) {
            blocks.add(text(texts.section(section)));
            itemsWithDone(section.open(), ITEMS_PER_SECTION, ids, blocks);
        }
        if (blocks.size() <= CHECKLIST_BLOCKS) {
            return blocks;
        }
        // many sections with open items: the last lines give way to a pointer at the full list
        List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, CHECKLIST_BLOCKS - 1));
        kept.add(small(texts.moreThanFits()));
        return kept;
    }

    private void itemsWithDone(List<OpenItem> items, int shown, ActionIds ids, List<LayoutBlock> blocks) {
        items.stream()
                .limit(shown)
                .forEach(item -> blocks.add(section(
                        b -> b.text(markdownText(mrkdwn(texts.item(item)))).accessory(done(item, ids)))));
        if (items.size() > shown) {
            blocks.add(small(texts.moreItems(items.size() - shown)));
        }
    }

    private static ButtonElement done(OpenItem item, ActionIds ids) {
        return ButtonElement.builder()
                .actionId(ids.next(ButtonActions.ITEM_DONE))
                .text(plainText("Done", true))
                .value(item.doneValue())
                .style("primary")
                .build();
    }

    /** One block per hire, with what is due for them this week under their line: at most 23 blocks. */
    private List<LayoutBlock> hires(String title, HiresOverview overview) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(heading(title));
        blocks.add(small(texts.hiresSummary(overview)));
        for (HiresOverview.HireLine line : overview.riskiest()) {
            StringBuilder text = new StringBuilder(line(texts.progress(line.progress())));
            line.dueThisWeek().stream()
                    .limit(DUE_LINES_PER_HIRE)
                    .forEach(item -> text.append("\n    • ").append(line(texts.item(item))));
            if (line.dueThisWeek().size() > DUE_LINES_PER_HIRE) {
                text.append("\n    ")
                        .append(mrkdwn(texts.moreDue(line.dueThisWeek().size() - DUE_LINES_PER_HIRE)));
            } else if (line.dueThisWeek().isEmpty()) {
                text.append("\n    ").append(mrkdwn(texts.nothingDueThisWeek()));
            }
            blocks.add(section(b -> b.text(markdownText(SlackText.truncate(text.toString(), MAX_TEXT_CHARS)))));
        }
        return blocks;
    }

    /** Totals, the riskiest five to a block, and the failed sends: at most 9 blocks. */
    private List<LayoutBlock> admin(AdminOverview admin) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(heading(HomeTexts.ADMIN_TITLE));
        blocks.add(text(texts.totals(admin.everyone())));
        List<HireProgress> riskiest = admin.everyone().riskiest();
        if (!riskiest.isEmpty()) {
            blocks.add(small(texts.riskiestHeading(admin.everyone())));
            for (int from = 0; from < riskiest.size(); from += RISKIEST_LINES_PER_BLOCK) {
                String lines =
                        riskiest.subList(from, Math.min(from + RISKIEST_LINES_PER_BLOCK, riskiest.size())).stream()
                                .map(progress -> line(texts.progress(progress)))
                                .collect(Collectors.joining("\n"));
                blocks.add(section(b -> b.text(markdownText(SlackText.truncate(lines, MAX_TEXT_CHARS)))));
            }
        }
        StringBuilder failed = new StringBuilder(mrkdwn(texts.failedHeading(admin)));
        admin.failed().forEach(send -> failed.append("\n• ").append(line(texts.failed(send))));
        blocks.add(section(b -> b.text(markdownText(SlackText.truncate(failed.toString(), MAX_TEXT_CHARS)))));
        return blocks;
    }

    /** A last guard: the budgets above keep within it, but a view over the limit would be refused whole. */
    private List<LayoutBlock> withinBlockLimit(List<LayoutBlock> blocks) {
        if (blocks.size() <= MAX_BLOCKS) {
            return blocks;
        }
        List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
        kept.add(small(Text.plain("…and " + (blocks.size() - kept.size()) + " more not shown here.")));
        return kept;
    }

    private static LayoutBlock heading(String title) {
        return header(b -> b.text(plainText(SlackText.truncate(title, MAX_HEADER_CHARS), true)));
    }

    private static LayoutBlock text(Text text) {
        return section(b -> b.text(markdownText(mrkdwn(text))));
    }

    private static LayoutBlock small(Text text) {
        return context(List.of(markdownText(mrkdwn(text))));
    }

    private static String line(Text text) {
        return SlackText.truncate(SlackMarkup.mrkdwn(text), MAX_LINE_CHARS);
    }

    private static String mrkdwn(Text text) {
        return SlackText.truncate(SlackMarkup.mrkdwn(text), MAX_TEXT_CHARS);
    }

    /** {@code item_done}, then {@code item_done:2}, ...: action ids are unique within a view. Not thread-safe. */
    private static final class ActionIds {
        private int count;

        String next(String action) {
            count++;
            return count == 1 ? action : action + ":" + count;
        }
    }
}
