package dev.onboardingbuddy.bench;

import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The test kit's fake Slack Web API as a process of its own, for {@code bench/run.sh}: {@code FakeSlackMain URL_FILE
 * [LATENCY_MS]} writes its Web API prefix to URL_FILE, answers every call after LATENCY_MS (a Slack round trip), and
 * prints {@code <epoch ms> <chat.postMessage calls so far>} four times a second until it is killed.
 */
public final class FakeSlackMain {
    private FakeSlackMain() {}

    public static void main(String[] args) throws Exception {
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0);
        try (FakeSlackApi slack = new FakeSlackApi().latency(latency)) {
            Files.writeString(Path.of(args[0]), slack.url().toString());
            while (true) {
                System.out.println(System.currentTimeMillis() + " " + slack.callCount("chat.postMessage"));
                Thread.sleep(250);
            }
        }
    }
}
