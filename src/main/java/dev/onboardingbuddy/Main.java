package dev.onboardingbuddy;

import dev.onboardingbuddy.cli.Cli;
import dev.onboardingbuddy.config.Settings;

/** Entry point: {@code java -jar onboarding-buddy.jar serve | preview | validate | import-checklist | restore}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // before the first logger exists, so logback reads the chosen file; Settings validates the value itself
        if ("json".equalsIgnoreCase(Settings.logFormat(System.getenv()).strip())) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
        int exitCode = Cli.run(args, System.getenv(), System.out, System.err);
        if (exitCode != Cli.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
