package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.Section;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A hire's item states joined with the template items they stand for; the view every progress answer reads. */
public record HireItems(ChecklistTemplate template, List<Entry> entries) {

    /** One item of the hire with its template definition; the item is absent when the template dropped it. */
    public record Entry(ItemState state, ChecklistItem item, Section section) {
        public boolean forHire() {
            return item.owner().includesHire();
        }

        public String title() {
            return item.title();
        }
    }

    public static HireItems of(ChecklistTemplate template, List<ItemState> states) {
        List<Entry> entries = states.stream()
                .flatMap(state -> template
                        .item(state.itemKey())
                        .map(item -> new Entry(
                                state, item, template.sectionOf(item.key()).orElseThrow()))
                        .stream())
                .toList();
        return new HireItems(template, entries);
    }

    public Optional<Entry> byNumber(int number) {
        return entries.stream()
                .filter(entry -> entry.state().number() == number)
                .findFirst();
    }

    /** The hire's own items (not manager-only reviews): the ones {@code done/total} counts. */
    public List<Entry> hireEntries() {
        return entries.stream().filter(Entry::forHire).toList();
    }

    public Tally tally(Instant now) {
        List<Entry> mine = hireEntries();
        int done = (int) mine.stream().filter(entry -> entry.state().isDone()).count();
        int overdue = (int)
                mine.stream().filter(entry -> entry.state().isOverdueAt(now)).count();
        return new Tally(done, mine.size(), overdue);
    }
}
