package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.conversation.RefusalTexts;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Refusal;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import org.junit.jupiter.api.Test;

/** The mrkdwn Slack receives: the same as the bot wrote by hand before its texts became spans. */
class SlackMarkupTest {
    private static final ChatUserId ANA = ChatUserId.slack("U0ANA");
    private final RefusalTexts refusals = new RefusalTexts();

    @Test
    void eachSpanKindHasItsMrkdwn() {
        Text text = Text.builder()
                .plain("Hi ")
                .mention(ANA)
                .plain(": ")
                .strong("Done")
                .plain(" ")
                .emphasis("Week 1")
                .plain(" ")
                .code("done 3")
                .plain(" ")
                .command("start")
                .plain(" ")
                .command("")
                .plain(" ")
                .symbol(Span.Meaning.SUCCESS)
                .symbol(Span.Meaning.REFUSED)
                .symbol(Span.Meaning.WARNING)
                .plain(" ")
                .link("https://example.com", "handbook")
                .build();

        assertThat(SlackMarkup.mrkdwn(text))
                .isEqualTo("Hi <@U0ANA>: *Done* _Week 1_ `done 3` `/onboarding start` "
                        + "*/onboarding* :white_check_mark::no_entry::warning: <https://example.com|handbook>");
    }

    @Test
    void aPersonInACommandIsWrittenAsTheMentionSlackSends() {
        assertThat(SlackMarkup.mrkdwn(Text.builder().command("status @U0ANA").build()))
                .isEqualTo("`/onboarding status <@U0ANA>`");
        assertThat(SlackMarkup.mrkdwn(refusals.of(new Refusal.AlreadyEnrolled(ANA))))
                .isEqualTo(
                        "<@U0ANA> is already "
                                + "enrolled; use `/onboarding status <@U0ANA>` to see their progress, or `cancel` first to start over.");
    }

    @Test
    void refusalsReadAsTheyDidBefore() {
        assertThat(SlackMarkup.mrkdwn(refusals.of(new Refusal.NotEnrolled(ANA))))
                .isEqualTo("<@U0ANA> is not enrolled. Enrol them with `/onboarding start`.");
        assertThat(SlackMarkup.mrkdwn(refusals.of(new Refusal.ChecklistGone("backend-engineer", ANA))))
                .isEqualTo("The checklist `backend-engineer` of <@U0ANA> is no longer configured; restore "
                        + "config/checklists/backend-engineer.yaml.");
        assertThat(SlackMarkup.mrkdwn(refusals.of(new Refusal.MayNotChange(ANA))))
                .isEqualTo("Only an onboarding admin or <@U0ANA>'s manager may change their onboarding.");
    }

    @Test
    void wordsCannotSmuggleInAMentionOrLink() {
        assertThat(SlackMarkup.mrkdwn(Text.plain("call <!channel> & <@U0X>")))
                .isEqualTo("call &lt;!channel&gt; & &lt;@U0X&gt;");
    }
}
