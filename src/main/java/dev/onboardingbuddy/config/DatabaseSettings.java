package dev.onboardingbuddy.config;

/** Where the bot keeps its state; H2 in a file by default, PostgreSQL by URL. */
public record DatabaseSettings(String url, String user, Secret password, int poolSize) {}
