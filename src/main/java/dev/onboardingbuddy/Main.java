package dev.onboardingbuddy;

import dev.onboardingbuddy.cli.Cli;

/** Entry point: {@code java -jar onboarding-buddy.jar serve | preview | validate | import-checklist | restore}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int exitCode = Cli.run(args, System.getenv(), System.out, System.err);
    if (exitCode != Cli.KEEP_RUNNING) {
      System.exit(exitCode);
    }
  }
}
