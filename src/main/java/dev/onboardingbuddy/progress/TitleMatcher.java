package dev.onboardingbuddy.progress;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the released, open items whose titles best match a few typed words ({@code done dev environment}). Words
 * count when they start a title word, so "env" finds "environment"; small words are ignored.
 */
public final class TitleMatcher {
    private static final Set<String> SMALL = Set.of("a", "an", "and", "the", "to", "of", "with", "for", "in", "my");

    /** The best candidates: one when the match is clear, several when it is ambiguous, none when nothing matches. */
    public List<HireItems.Entry> match(HireItems items, String words) {
        List<String> wanted = words(words);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Scored> scored = items.hireEntries().stream()
                .filter(entry -> entry.state().isReleased() && !entry.state().isDone())
                .map(entry -> new Scored(entry, score(wanted, words(entry.title()))))
                .filter(s -> s.score > 0)
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .toList();
        if (scored.isEmpty()) {
            return List.of();
        }
        double best = scored.get(0).score;
        return scored.stream()
                .filter(s -> s.score == best)
                .limit(5)
                .map(Scored::entry)
                .toList();
    }

    private static double score(List<String> wanted, List<String> title) {
        long hits = wanted.stream()
                .filter(word -> title.stream().anyMatch(t -> t.startsWith(word)))
                .count();
        return hits == wanted.size() ? hits + 1.0 / (1 + title.size()) : 0;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isBlank() && !SMALL.contains(word))
                .collect(Collectors.toList());
    }

    private record Scored(HireItems.Entry entry, double score) {}
}
