package dev.onboardingbuddy.config;

import dev.onboardingbuddy.enrollment.ChatIds;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The whole configuration, loaded once and immutable; secrets are redacted in {@code toString}. */
public record Settings(
        int port,
        DatabaseSettings database,
        RoleSettings roles,
        SlackSettings slack,
        MsTeamsSettings msteams,
        PlanSettings plan,
        FileSettings files,
        BackupSettings backups,
        ApiSettings api) {

    public static final Path DEFAULT_FILE = Path.of("config", "application.yaml");

    /** Loads from {@code CONFIG_FILE} (default {@code config/application.yaml}) and the environment. */
    public static Settings load(Map<String, String> environment) {
        Path file = Path.of(environment.getOrDefault("CONFIG_FILE", DEFAULT_FILE.toString()));
        return new SettingsReader(SettingsSource.load(file, environment)).read();
    }

    /**
     * {@code LOG_FORMAT} alone, read before any logger exists so that logging can be configured by it; "text" when
     * the defaults file cannot be read (the full load reports that).
     */
    public static String logFormat(Map<String, String> environment) {
        try {
            Path file = Path.of(environment.getOrDefault("CONFIG_FILE", DEFAULT_FILE.toString()));
            return SettingsSource.load(file, environment).get("LOG_FORMAT").orElse("text");
        } catch (ConfigurationException e) {
            return "text";
        }
    }

    /** Whether {@code serve} talks to Slack: some of its settings are given (and {@link #requireServe} checked all). */
    public boolean servesSlack() {
        return slack.isWanted();
    }

    public boolean servesMsTeams() {
        return msteams.isWanted();
    }

    /** The people who may enrol anyone and see everyone, on every platform. */
    public Set<ChatUserId> admins() {
        return roles.admins().stream()
                .map(ChatIds::person)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    /** The people who may enrol their own hires once admins are set, beside team files and admins' grants. */
    public Set<ChatUserId> managers() {
        return roles.managers().stream()
                .map(ChatIds::person)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    /**
     * Checks what only {@code serve} needs: the secrets and the managers' channel of each platform it serves, and at
     * least one platform.
     *
     * @throws ConfigurationException naming each missing setting
     */
    public Settings requireServe() {
        new ServeRequirements(this).check();
        return this;
    }
}
