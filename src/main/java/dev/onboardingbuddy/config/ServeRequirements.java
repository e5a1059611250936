package dev.onboardingbuddy.config;

import java.util.ArrayList;
import java.util.List;

/** The settings the bot cannot run without, checked together so one start-up shows every missing one. */
final class ServeRequirements {
  private final Settings settings;

  ServeRequirements(Settings settings) {
    this.settings = settings;
  }

  void check() {
    SlackSettings slack = settings.slack();
    List<String> problems = new ArrayList<>();
    if (!slack.botToken().isPresent()) {
      problems.add("SLACK_BOT_TOKEN is not set: give the bot token (xoxb-...) from your Slack app's OAuth page");
    } else if (!slack.botToken().value().startsWith("xoxb-")) {
      problems.add("SLACK_BOT_TOKEN must be a bot token starting with 'xoxb-'");
    }
    if (!slack.signingSecret().isPresent()) {
      problems.add("SLACK_SIGNING_SECRET is not set: copy it from your Slack app's Basic Information page");
    }
    if (slack.managerChannel().isBlank()) {
      problems.add("MANAGER_CHANNEL is not set: give the id (C...) of the channel for manager reminders");
    }
    if (!problems.isEmpty()) {
      throw ConfigurationException.of(problems);
    }
  }
}
