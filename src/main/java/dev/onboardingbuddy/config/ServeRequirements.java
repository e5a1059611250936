package dev.onboardingbuddy.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings the bot cannot run without, checked together so one start-up shows every missing one: each platform
 * that is switched on must be complete, and at least one must be.
 */
final class ServeRequirements {
    private final Settings settings;

    ServeRequirements(Settings settings) {
        this.settings = settings;
    }

    void check() {
        List<String> slack = slackProblems();
        List<String> msteams = msteamsProblems();
        List<String> problems = new ArrayList<>();
        if (!settings.servesSlack() && !settings.servesMsTeams()) {
            problems.add(
                    "neither Slack nor Microsoft Teams is configured: set the Slack settings, the Teams settings, or "
                            + "both");
            problems.addAll(slack);
            problems.addAll(msteams);
        } else {
            if (settings.servesSlack()) {
                problems.addAll(slack);
            }
            if (settings.servesMsTeams()) {
                problems.addAll(msteams);
            }
        }
        if (!problems.isEmpty()) {
            throw ConfigurationException.of(problems);
        }
    }

    private List<String> slackProblems() {
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
        return problems;
    }

    private List<String> msteamsProblems() {
        MsTeamsSettings msteams = settings.msteams();
        List<String> problems = new ArrayList<>();
        if (msteams.appId().isBlank()) {
            problems.add("MSTEAMS_APP_ID is not set: give the Microsoft App ID of your Azure Bot");
        }
        if (!msteams.appPassword().isPresent()) {
            problems.add("MSTEAMS_APP_PASSWORD is not set: create a client secret for the bot's app registration");
        }
        if (msteams.tenantId().isBlank()) {
            problems.add("MSTEAMS_TENANT_ID is not set: give the tenant id of your single-tenant Azure Bot");
        }
        if (msteams.managerChannel().isBlank()) {
            problems.add(
                    "MSTEAMS_MANAGER_CHANNEL is not set: give the Teams channel id (19:...@thread.tacv2) for manager "
                            + "reminders");
        }
        return problems;
    }
}
