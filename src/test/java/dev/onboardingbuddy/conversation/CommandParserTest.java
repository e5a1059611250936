package dev.onboardingbuddy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.StatusFilter;
import dev.onboardingbuddy.slack.SlackCommandTokens;
import dev.onboardingbuddy.slack.SlackMarkup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one command grammar, fed the words as Slack's {@code /onboarding} sends them (escaped mentions). */
class CommandParserTest {
    private static final ChatUserId HIRE = ChatUserId.slack("U0HIRE");
    private static final ChatUserId BOSS = ChatUserId.slack("U0BOSS");
    private final CommandParser parser = new CommandParser(new SlackCommandTokens());

    private Command.Start start(String text) {
        Command command = parser.parse(text);
        assertThat(command).isInstanceOf(Command.Start.class);
        return (Command.Start) command;
    }

    private Text problemText(String text) {
        Command command = parser.parse(text);
        assertThat(command).isInstanceOf(Command.Invalid.class);
        return ((Command.Invalid) command).problem();
    }

    /** The problem as Slack shows it, so the words and the code spans are checked together. */
    private String problem(String text) {
        return SlackMarkup.mrkdwn(problemText(text));
    }

    @Test
    void startReadsEscapedMentionsWithAndWithoutNames() {
        Command.Start start = start("start <@U0HIRE|ana> <@U0BOSS>");

        assertThat(start.hire()).isEqualTo(HIRE);
        assertThat(start.manager()).isEqualTo(BOSS);
        assertThat(start.templateId()).isEmpty();
        assertThat(start.startDate()).isEmpty();
    }

    @Test
    void startTakesTemplateAndDateInAnyOrderAndTheNamedOptions() {
        Command.Start one = start("start <@U0HIRE|ana> <@U0BOSS|bo> backend-engineer 2026-12-07");
        Command.Start other = start("start <@U0HIRE|ana> <@U0BOSS|bo> 2026-12-07 backend-engineer "
                + "buddy <@U0BUDDY|bu> calendar de team payments channel <#C0REMIND|reminders>");

        assertThat(one.templateId()).contains("backend-engineer");
        assertThat(one.startDate()).contains(LocalDate.of(2026, 12, 7));
        assertThat(other.templateId()).isEqualTo(one.templateId());
        assertThat(other.startDate()).isEqualTo(one.startDate());
        assertThat(other.buddy()).contains(ChatUserId.slack("U0BUDDY"));
        assertThat(other.calendarId()).contains("de");
        assertThat(other.team()).contains("payments");
        assertThat(other.managerChannel()).contains("C0REMIND");
        assertThat(one.zone()).isEmpty();
    }

    @Test
    void startTakesTheHiresTimeZone() {
        assertThat(start("start <@U0HIRE> <@U0BOSS> tz Asia/Tokyo").zone()).contains(ZoneId.of("Asia/Tokyo"));
        assertThat(problem("start <@U0HIRE> <@U0BOSS> tz Mars/Olympus"))
                .isEqualTo("`Mars/Olympus` is not a time zone; give one such as `tz Europe/Berlin`.");
    }

    @Test
    void statusWithAndWithoutAHire() {
        assertThat(parser.parse("status")).isEqualTo(new Command.Status(Optional.empty()));
        assertThat(parser.parse("STATUS <@U0HIRE|ana>")).isEqualTo(new Command.Status(Optional.of(HIRE)));
    }

    @Test
    void statusFiltersCombineInAnyOrderAndAPersonAmongThemIsAManager() {
        assertThat(parser.parse("status overdue"))
                .isEqualTo(new Command.Status(
                        Optional.empty(),
                        new StatusFilter(true, Optional.empty(), Optional.empty(), Optional.empty())));
        assertThat(parser.parse("status Team Payments template backend-engineer <@U0BOSS|boss> OVERDUE"))
                .isEqualTo(new Command.Status(
                        Optional.empty(),
                        new StatusFilter(
                                true, Optional.of(BOSS), Optional.of("payments"), Optional.of("backend-engineer"))));
        assertThat(parser.parse("status template new-hire"))
                .isEqualTo(new Command.Status(
                        Optional.empty(),
                        new StatusFilter(false, Optional.empty(), Optional.empty(), Optional.of("new-hire"))));
    }

    @Test
    void statusFiltersSayWhatIsMissing() {
        assertThat(problem("status team")).isEqualTo("Give a name after it: `status team NAME`.");
        assertThat(problem("status template")).isEqualTo("Give a name after it: `status template ID`.");
        assertThat(problem("status team a team b")).isEqualTo("Give one team, not `a` and `b`.");
        assertThat(problem("status soon")).startsWith("`soon` is not a mention of a person");
    }

    @Test
    void statusHistoryNamesTheHireFirst() {
        assertThat(parser.parse("status <@U0HIRE|ana> History")).isEqualTo(new Command.History(HIRE));
        assertThat(problem("status <@U0HIRE> history now")).isEqualTo("I don't understand `now` there.");
    }

    @Test
    void managersAddRemoveAndList() {
        assertThat(parser.parse("managers add <@U0BOSS|max>")).isEqualTo(new Command.AddManager(BOSS));
        assertThat(parser.parse("Managers REMOVE <@U0BOSS>")).isEqualTo(new Command.RemoveManager(BOSS));
        assertThat(parser.parse("managers list")).isEqualTo(new Command.ListManagers());
        assertThat(problem("managers add")).isEqualTo("Mention the person: `managers add @person`.");
        assertThat(problem("managers promote <@U0BOSS>"))
                .isEqualTo("Say what to do with managers: "
                        + "`managers add @person`, `managers remove @person` or `managers list`.");
    }

    @Test
    void pauseResumeCancelAndMoveNameTheHire() {
        assertThat(parser.parse("pause <@U0HIRE>")).isEqualTo(new Command.Pause(HIRE));
        assertThat(parser.parse("resume <@U0HIRE>")).isEqualTo(new Command.Resume(HIRE));
        assertThat(parser.parse("cancel <@U0HIRE>")).isEqualTo(new Command.Cancel(HIRE));
        assertThat(parser.parse("move <@U0HIRE> 2027-01-04"))
                .isEqualTo(new Command.Move(HIRE, LocalDate.of(2027, 1, 4)));
    }

    @Test
    void managerNamesTheHireThenTheNewManagerAndNothingMore() {
        ChatUserId newManager = ChatUserId.slack("U0NEW");
        assertThat(parser.parse("manager <@U0HIRE|ana> <@U0NEW|bo>")).isEqualTo(new Command.Manager(HIRE, newManager));
        assertThat(problem("manager <@U0HIRE>")).contains("Mention the new manager");
        assertThat(problem("manager <@U0HIRE> <@U0NEW> now")).contains("I don't understand");
    }

    @ParameterizedTest(name = "''{0}'' shows help")
    @ValueSource(strings = {"", "   ", "help", "HELP"})
    void emptyTextAndHelpShowUsage(String text) {
        assertThat(parser.parse(text)).isEqualTo(new Command.Help());
    }

    @Test
    void slackSendsNoTextAsNullAndThatIsHelpToo() {
        assertThat(parser.parse(null)).isEqualTo(new Command.Help());
    }

    @Test
    void anUnknownVerbIsNamed() {
        assertThat(problemText("launch <@U0HIRE>"))
                .isEqualTo(Text.builder()
                        .plain("I don't know ")
                        .code("launch")
                        .plain(".")
                        .build());
        assertThat(problem("launch <@U0HIRE>")).isEqualTo("I don't know `launch`.");
    }

    @Test
    void anUnescapedMentionIsNamedWithWhatToDo() {
        assertThat(problem("start @ana @bo")).contains("`@ana` is not a mention of a person", "type @ and pick");
        assertThat(problemText("start @ana @bo").plainText()).startsWith("@ana is not a mention of a person");
    }

    @Test
    void aMissingManagerIsAskedFor() {
        assertThat(problem("start <@U0HIRE>")).contains("Mention the manager");
    }

    @ParameterizedTest(name = "''{0}'' is not a date")
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "07.12.2026"})
    void aBadDateIsNamedWithTheExpectedForm(String date) {
        assertThat(problem("start <@U0HIRE> <@U0BOSS> " + date))
                .isEqualTo("`" + date + "` is not a date; write it as YYYY-MM-DD, such as 2026-12-07.");
    }

    @Test
    void twoTemplatesOrTwoDatesAreRefused() {
        assertThat(problem("start <@U0HIRE> <@U0BOSS> backend-engineer new-hire"))
                .isEqualTo("Give one template, not `backend-engineer` and `new-hire`.");
        assertThat(problem("start <@U0HIRE> <@U0BOSS> 2026-12-07 2026-12-14")).contains("Give one start date");
    }

    @Test
    void aWordThatFitsNothingIsNamed() {
        assertThat(problem("start <@U0HIRE> <@U0BOSS> Backend/Engineer!")).contains("`Backend/Engineer!` is not a");
    }

    @Test
    void aBadChannelAndAMissingOptionValueAreNamed() {
        assertThat(problem("start <@U0HIRE> <@U0BOSS> channel reminders")).contains("`reminders` is not a channel");
        assertThat(problem("start <@U0HIRE> <@U0BOSS> calendar")).contains("`calendar ID`");
    }

    @Test
    void moveNeedsADateAndExtraWordsAreRefused() {
        assertThat(problem("move <@U0HIRE>")).contains("Give the new start date");
        assertThat(problem("pause <@U0HIRE> now")).isEqualTo("I don't understand `now` there.");
    }
}
