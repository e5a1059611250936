package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.checklist.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hire's item states joined with the template items they stand for; the view every progress answer reads. */
public record HireItems(ChecklistTemplate template, List<Entry> entries) {

    /** One item of the hire with its template definition and the section that holds it. */
    public record Entry(ItemState state, ChecklistItem item, Section section) {
        public boolean forHire() {
            return item.owner().includesHire();
        }

        public String title() {
            return item.title();
        }
    }

    /** A template item and the section it is in. */
    private record Placed(ChecklistItem item, Section section) {}

    /**
     * Joins the states with the template, in the order of the states. A state whose item the template no longer has is
     * left out; when a key appears twice in the template, its first item and section count.
     */
    public static HireItems of(ChecklistTemplate template, List<ItemState> states) {
        // looked up by key, not searched: every status answer and enrolment joins dozens of items this way
        Map<ItemKey, Placed> byKey = new HashMap<>();
        for (Section section : template.sections()) {
            for (ChecklistItem item : section.items()) {
                byKey.putIfAbsent(item.key(), new Placed(item, section));
            }
        }
        List<Entry> entries = new ArrayList<>(states.size());
        for (ItemState state : states) {
            Placed known = byKey.get(state.itemKey());
            if (known != null) {
                entries.add(new Entry(state, known.item(), known.section()));
            }
        }
        return new HireItems(template, List.copyOf(entries));
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
