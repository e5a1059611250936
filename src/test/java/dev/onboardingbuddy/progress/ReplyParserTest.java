package dev.onboardingbuddy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyParserTest {
    private final ReplyParser parser = new ReplyParser();

    @ParameterizedTest(name = "''{0}'' completes {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "done 3|3",
                "Done 3|3",
                "done 3 5|3,5",
                "done 3,5|3,5",
                "done 3, 5|3,5",
                "done #4|4",
                "done 3-5|3,4,5",
                "done 5 5|5",
                "  done 7.  |7",
            })
    void numbers_after_done_complete_those_items(String text, String expected) {
        List<Integer> numbers =
                Arrays.stream(expected.split(",")).map(Integer::valueOf).toList();
        assertThat(parser.parse(text)).isEqualTo(new Reply.Done(numbers));
    }

    @Test
    void wordsAfterDoneNameAnItemByItsTitle() {
        assertThat(parser.parse("done set up dev environment"))
                .isEqualTo(new Reply.DoneByTitle("set up dev environment"));
    }

    @Test
    void aBareDoneMeansTheItemOfTheThread() {
        assertThat(parser.parse("done")).isEqualTo(new Reply.DoneHere());
        assertThat(parser.parse("Done!")).isEqualTo(new Reply.DoneHere());
    }

    @Test
    void undoTakesNumbersAndNothingElse() {
        assertThat(parser.parse("undo 3")).isEqualTo(new Reply.Undo(List.of(3)));
        assertThat(parser.parse("undo 3,4")).isEqualTo(new Reply.Undo(List.of(3, 4)));
        assertThat(parser.parse("undo")).isEqualTo(new Reply.Unknown("undo"));
        assertThat(parser.parse("undo everything")).isEqualTo(new Reply.Unknown("undo everything"));
    }

    @Test
    void listAndHelpAreRecognised() {
        assertThat(parser.parse("list")).isEqualTo(new Reply.ListItems());
        assertThat(parser.parse("help")).isEqualTo(new Reply.Help());
    }

    @ParameterizedTest(name = "''{0}'' is not understood")
    @ValueSource(strings = {"", "thanks", "what is this", "list everything", "done 3-900"})
    void anythingElseIsUnknown(String text) {
        assertThat(parser.parse(text)).isInstanceOfAny(Reply.Unknown.class, Reply.DoneByTitle.class);
        assertThat(parser.parse(text)).isNotInstanceOf(Reply.Done.class);
    }
}
