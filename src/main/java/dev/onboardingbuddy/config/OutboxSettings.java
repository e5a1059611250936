package dev.onboardingbuddy.config;

/**
 * How fast this instance sends.
 *
 * @param senders how many conversations this instance sends to at once
 * @param slackBudgetPerMinute Slack posts per minute for the whole workspace, shared by all senders
 * @param msteamsBudgetPerSecond Teams sends per second for the whole tenant, shared by all senders
 */
public record OutboxSettings(int senders, int slackBudgetPerMinute, int msteamsBudgetPerSecond) {}
