package dev.onboardingbuddy.config;

import java.nio.file.Path;
import java.util.Map;

/** The whole configuration, loaded once and immutable; secrets are redacted in {@code toString}. */
public record Settings(
    int port, DatabaseSettings database, SlackSettings slack, PlanSettings plan, FileSettings files,
    BackupSettings backups) {

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

  /**
   * Checks what only {@code serve} needs: the Slack secrets and the managers' channel.
   *
   * @throws ConfigurationException naming each missing setting
   */
  public Settings requireServe() {
    new ServeRequirements(this).check();
    return this;
  }
}
