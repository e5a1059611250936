package dev.onboardingbuddy.progress;

import java.util.List;

/** What a hire's message to the bot asks for. */
public sealed interface Reply {

    /** {@code done 3}, {@code done 3 5}, {@code done 3,5}, {@code done 3-5}. */
    record Done(List<Integer> numbers) implements Reply {
        public Done {
            numbers = List.copyOf(numbers);
        }
    }

    /** {@code done set up laptop}: the words of an item's title. */
    record DoneByTitle(String words) implements Reply {}

    /** A bare {@code done}: meaningful only as a reply in the thread of an item's message. */
    record DoneHere() implements Reply {}

    record Undo(List<Integer> numbers) implements Reply {
        public Undo {
            numbers = List.copyOf(numbers);
        }
    }

    record ListItems() implements Reply {}

    record Help() implements Reply {}

    /** Anything else, kept so the answer can quote it. */
    record Unknown(String text) implements Reply {}
}
