package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.progress.Reply;
import dev.onboardingbuddy.progress.ReplyParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reply that mentions the bot first reads as the words after the mention (moved here from ReplyParserTest). */
class DirectMessageListenerTest {
    private final ReplyParser parser = new ReplyParser();

    @ParameterizedTest
    @ValueSource(strings = {"<@UBOT> done 2", "<@UBOT|buddy> done 2", "  <@UBOT>   done 2  ", "done 2"})
    void aLeadingMentionOfTheBotWithOrWithoutItsNameIsIgnored(String text) {
        assertThat(DirectMessageListener.withoutLeadingMention(text)).isEqualTo("done 2");
        assertThat(parser.parse(DirectMessageListener.withoutLeadingMention(text)))
                .isEqualTo(new Reply.Done(List.of(2)));
    }
}
