package dev.onboardingbuddy.config;

import java.time.Duration;

/**
 * Where the bot keeps its state; H2 in a file by default, PostgreSQL by URL.
 *
 * @param connectionTimeout the longest anyone waits for a pooled connection (a Slack request must be answered in 3 s)
 * @param queryTimeout the longest one SQL statement may run
 * @param reopenGrace how long an embedded H2 database closed after a disk error may stay closed before liveness fails
 */
public record DatabaseSettings(
        String url,
        String user,
        Secret password,
        int poolSize,
        Duration connectionTimeout,
        Duration queryTimeout,
        Duration reopenGrace) {}
