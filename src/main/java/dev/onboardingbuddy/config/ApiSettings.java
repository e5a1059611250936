package dev.onboardingbuddy.config;

/**
 * The HR system API's per-key rate limit, a token bucket: {@code burst} calls at once, refilled at
 * {@code perMinute} calls a minute.
 */
public record ApiSettings(int perMinute, int burst) {}
