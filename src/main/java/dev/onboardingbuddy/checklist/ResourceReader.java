package dev.onboardingbuddy.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "Resources & References": each {@code - **Name**: text} bullet is a resource grouped by its heading. */
final class ResourceReader {
    private static final Pattern BOLD_NAME = Pattern.compile("\\*\\*(.+?)\\*\\*\\s*:?\\s*(.*)");
    private static final Pattern PLAIN_NAME = Pattern.compile("([^:]+):\\s*(.*)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((\\S+?)\\)");
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");

    private ResourceReader() {}

    static List<Resource> resources(MarkdownOutline.Chapter chapter) {
        List<Resource> resources = new ArrayList<>();
        for (MarkdownOutline.Block block : chapter.blocksWithPreamble()) {
            String group = Markdown.plain(block.title());
            block.lines().stream()
                    .filter(line -> line.is(MarkdownLine.Kind.BULLET) && line.indent() == 0)
                    .map(line -> resource(group, line.text()))
                    .forEach(resources::add);
        }
        return List.copyOf(resources);
    }

    /**
     * The description stays as written, so a placeholder such as "[Add resource links during onboarding]" still tells
     * the team what to fill in; a real markdown link becomes the link and its label stays in the description.
     */
    private static Resource resource(String group, String text) {
        Matcher bold = BOLD_NAME.matcher(text);
        Matcher plain = PLAIN_NAME.matcher(text);
        String name;
        String rest;
        if (bold.matches()) {
            name = bold.group(1);
            rest = bold.group(2);
        } else if (plain.matches()) {
            name = plain.group(1);
            rest = plain.group(2);
        } else {
            name = text;
            rest = "";
        }
        String link = "";
        Matcher markdownLink = LINK.matcher(rest);
        Matcher bareUrl = BARE_URL.matcher(rest);
        if (markdownLink.find()) {
            link = markdownLink.group(2);
            rest = markdownLink.replaceAll("$1");
        } else if (bareUrl.find()) {
            link = bareUrl.group();
        }
        return new Resource(group, Markdown.plain(name), Markdown.plain(rest), link);
    }
}
