package dev.onboardingbuddy.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A checklist document cut along its headings: front matter, the {@code #} title, then one chapter per {@code ##}
 * heading with one block per {@code ###} heading. Deeper headings stay inside their block as lines.
 */
record MarkdownOutline(Map<String, String> frontMatter, Optional<MarkdownLine> title, List<Chapter> chapters) {

    /** A {@code ##} heading; preamble holds its lines before the first {@code ###}. */
    record Chapter(MarkdownLine heading, List<MarkdownLine> preamble, List<Block> blocks) {
        String title() {
            return heading.text();
        }

        /** Every line under the heading, preamble and blocks alike, block headings included. */
        Stream<MarkdownLine> lines() {
            return Stream.concat(
                    preamble.stream(),
                    blocks.stream()
                            .flatMap(block -> Stream.concat(Stream.of(block.heading()), block.lines().stream())));
        }

        /**
         * The blocks, led by the preamble as a block named after the chapter when it holds list lines, so that a
         * checkbox written straight under a {@code ##} heading is not lost.
         */
        List<Block> blocksWithPreamble() {
            boolean listed = preamble.stream()
                    .anyMatch(line -> line.is(MarkdownLine.Kind.CHECKBOX) || line.is(MarkdownLine.Kind.BULLET));
            if (!listed) {
                return blocks;
            }
            List<Block> all = new ArrayList<>();
            all.add(new Block(heading, preamble));
            all.addAll(blocks);
            return all;
        }
    }

    /** A {@code ###} heading and the lines under it. */
    record Block(MarkdownLine heading, List<MarkdownLine> lines) {
        String title() {
            return heading.text();
        }
    }

    static MarkdownOutline read(String markdown) {
        List<String> raw = markdown.lines().toList();
        Map<String, String> frontMatter = new LinkedHashMap<>();
        int next = readFrontMatter(raw, frontMatter);
        MarkdownLine title = null;
        List<ChapterBuilder> chapters = new ArrayList<>();
        for (int index = next; index < raw.size(); index++) {
            MarkdownLine line = MarkdownLine.classify(index + 1, raw.get(index));
            switch (line.kind()) {
                case H1 -> title = title == null ? line : title;
                case H2 -> chapters.add(new ChapterBuilder(line));
                case H3 -> requireChapter(chapters, line).blocks.add(new Block(line, new ArrayList<>()));
                default -> addToLast(chapters, line);
            }
        }
        return new MarkdownOutline(
                Map.copyOf(frontMatter),
                Optional.ofNullable(title),
                chapters.stream().map(ChapterBuilder::build).toList());
    }

    /** Reads {@code key: value} pairs, also as {@code # key: value} comments; returns the index after the block. */
    private static int readFrontMatter(List<String> raw, Map<String, String> into) {
        int first = 0;
        while (first < raw.size() && raw.get(first).isBlank()) {
            first++;
        }
        if (first >= raw.size() || !raw.get(first).strip().equals("---")) {
            return 0;
        }
        for (int index = first + 1; index < raw.size(); index++) {
            String line = raw.get(index).strip();
            if (line.equals("---")) {
                return index + 1;
            }
            String pair = line.startsWith("#") ? line.substring(1).strip() : line;
            int colon = pair.indexOf(':');
            if (colon > 0) {
                into.putIfAbsent(
                        pair.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        pair.substring(colon + 1).strip());
            }
        }
        throw new ImportException(first + 1, "the front matter opened with '---' is never closed with '---'");
    }

    private static ChapterBuilder requireChapter(List<ChapterBuilder> chapters, MarkdownLine line) {
        if (chapters.isEmpty()) {
            throw new ImportException(line.number(), "'### " + line.text() + "' comes before any '##' heading");
        }
        return chapters.get(chapters.size() - 1);
    }

    private static void addToLast(List<ChapterBuilder> chapters, MarkdownLine line) {
        if (chapters.isEmpty()) {
            // Before the first "##" only the title, subtitle and "Generated" lines are expected; an item there has no
            // phase.
            if (line.is(MarkdownLine.Kind.CHECKBOX)) {
                throw new ImportException(
                        line.number(), "checkbox '" + line.text() + "' comes before any '##' heading");
            }
            return;
        }
        ChapterBuilder chapter = chapters.get(chapters.size() - 1);
        List<MarkdownLine> target = chapter.blocks.isEmpty()
                ? chapter.preamble
                : chapter.blocks.get(chapter.blocks.size() - 1).lines();
        target.add(line);
    }

    /** Collects one chapter while reading; not thread-safe, lives only inside {@link #read}. */
    private static final class ChapterBuilder {
        private final MarkdownLine heading;
        private final List<MarkdownLine> preamble = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();

        private ChapterBuilder(MarkdownLine heading) {
            this.heading = heading;
        }

        private Chapter build() {
            return new Chapter(
                    heading,
                    List.copyOf(preamble),
                    blocks.stream()
                            .map(block -> new Block(block.heading(), List.copyOf(block.lines())))
                            .toList());
        }
    }
}
