package dev.onboardingbuddy.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StartQueueTest {
    private final List<Runnable> background = new ArrayList<>();
    private final StartOnboarding start = mock(StartOnboarding.class);
    private final StartQueue queue = new StartQueue(start, background::add);
    private final List<String> answered = new ArrayList<>();

    private static PendingCommands.Pending pending(int i) {
        Command.Start command = new Command.Start(
                ChatUserId.slack("UH" + i),
                ChatUserId.slack("UM"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return new PendingCommands.Pending(
                "c" + i, ChatUserId.slack("UADMIN"), command, Instant.parse("2026-12-07T09:00:00Z"));
    }

    /** Answers each command with its own id, so that the test sees which answer went to whom. */
    private void answerWithIds() {
        when(start.startTogether(anyList())).thenAnswer(call -> {
            List<PendingCommands.Pending> commands = call.getArgument(0);
            return commands.stream().map(c -> ChatMessage.plain(c.id())).toList();
        });
    }

    private void runBackground() {
        for (int i = 0; i < background.size(); i++) {
            background.get(i).run();
        }
    }

    @Test
    void commandsQueuedWhileNoWorkerWasFreeAreStartedTogetherAndEachAnsweredWithItsOwn() {
        answerWithIds();

        for (int i = 1; i <= 3; i++) {
            String id = "c" + i;
            queue.startSoon(
                    pending(i), answer -> answered.add(id + "=" + answer.text().plainText()));
        }
        runBackground();

        verify(start).startTogether(List.of(pending(1), pending(2), pending(3)));
        assertThat(answered).containsExactly("c1=c1", "c2=c2", "c3=c3");
    }

    @Test
    void aBurstIsStartedInGroupsOfAtMostSixteen() {
        answerWithIds();
        List<List<String>> groups = new ArrayList<>();
        when(start.startTogether(anyList())).thenAnswer(call -> {
            List<PendingCommands.Pending> commands = call.getArgument(0);
            groups.add(commands.stream().map(PendingCommands.Pending::id).toList());
            return commands.stream().map(c -> ChatMessage.plain(c.id())).toList();
        });

        IntStream.rangeClosed(1, 20)
                .forEach(i -> queue.startSoon(
                        pending(i), answer -> answered.add(answer.text().plainText())));
        runBackground();

        assertThat(groups).extracting(List::size).containsExactly(16, 4);
        assertThat(answered).hasSize(20).doesNotHaveDuplicates();
    }
}
