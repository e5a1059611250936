package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.notification.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Enrols acknowledged {@code start} commands on the background executor, the ones that queued up meanwhile together:
 * during a burst a worker takes up to {@value #LARGEST_GROUP} of them into one transaction
 * ({@link StartOnboarding#startTogether}), and pays for one commit where it paid for each. Thread-safe.
 */
final class StartQueue {
    /** Enough for one commit to matter little beside the work; small enough that the first answer is not held long. */
    private static final int LARGEST_GROUP = 16;

    private final StartOnboarding start;
    private final Executor background;
    private final Queue<Queued> queue = new ConcurrentLinkedQueue<>();

    private record Queued(PendingCommands.Pending command, Consumer<ChatMessage> answer) {}

    StartQueue(StartOnboarding start, Executor background) {
        this.start = start;
        this.background = background;
    }

    /** Enrols soon; {@code answer} receives what happened. The command is pending already, so a crash loses nothing. */
    void startSoon(PendingCommands.Pending command, Consumer<ChatMessage> answer) {
        queue.add(new Queued(command, answer));
        background.execute(this::startQueued);
    }

    private void startQueued() {
        List<Queued> group = new ArrayList<>();
        Queued next;
        while (group.size() < LARGEST_GROUP && (next = queue.poll()) != null) {
            group.add(next);
        }
        if (group.isEmpty()) {
            return; // an earlier worker took this task's command into its group
        }
        List<ChatMessage> answers =
                start.startTogether(group.stream().map(Queued::command).toList());
        // given here, not handed to the pool: there they would wait behind the burst's queued tasks, and a pool that
        // is closing would drop them, though the commands are forgotten and nobody else would answer
        for (int i = 0; i < group.size(); i++) {
            group.get(i).answer().accept(answers.get(i));
        }
    }
}
