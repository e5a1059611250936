package dev.onboardingbuddy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    private static final Map<String, String> SERVE_ENV = Map.of(
            "SLACK_BOT_TOKEN", "xoxb-123-secret-token",
            "SLACK_SIGNING_SECRET", "signing-secret-value",
            "MANAGER_CHANNEL", "C0MANAGERS");

    @Test
    void theShippedDefaultsLoadAndMatchTheReadme() {
        Settings settings = Settings.load(Map.of());

        assertThat(settings.port()).isEqualTo(3000);
        assertThat(settings.database().url()).isEqualTo("jdbc:h2:file:./data/onboarding-buddy");
        assertThat(settings.slack().apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(settings.plan().sendTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(settings.plan().reminders().headsUpWorkingDays()).isEqualTo(2);
        assertThat(settings.plan().defaultTimeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.files().checklists()).isEqualTo(Path.of("config/checklists"));
    }

    @Test
    void environmentVariablesOverrideTheDefaultsFile() {
        Map<String, String> env = new HashMap<>(SERVE_ENV);
        env.put("PORT", "8081");
        env.put("DATABASE_URL", "jdbc:postgresql://localhost/buddy");
        env.put("SLACK_API_URL", "http://127.0.0.1:9999/api");
        env.put("ONBOARDING_ADMINS", "U01ADMIN, U02ADMIN");
        env.put("ONBOARDING_MANAGERS", "U03MGR,29:1MaxManager");
        env.put("SEND_TIME", "10:30");

        Settings settings = Settings.load(env).requireServe();

        assertThat(settings.port()).isEqualTo(8081);
        assertThat(settings.database().url()).isEqualTo("jdbc:postgresql://localhost/buddy");
        assertThat(settings.slack().apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
        assertThat(settings.roles().admins()).containsExactlyInAnyOrder("U01ADMIN", "U02ADMIN");
        assertThat(settings.managers())
                .containsExactlyInAnyOrder(ChatUserId.slack("U03MGR"), ChatUserId.msteams("29:1MaxManager"));
        assertThat(settings.plan().sendTime()).isEqualTo(LocalTime.of(10, 30));
    }

    @Test
    void everyBadValueIsNamedWithWhatWasExpected() {
        Map<String, String> env = Map.of(
                "PORT",
                "eighty",
                "SEND_TIME",
                "9am",
                "ONBOARDING_DEFAULT_TIME_ZONE",
                "Mars/Olympus",
                "DATABASE_URL",
                "jdbc:mysql://x",
                "ONBOARDING_ADMINS",
                "bob",
                "ONBOARDING_MANAGERS",
                "U0MGR,alice");

        assertThatThrownBy(() -> Settings.load(env))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("PORT is 'eighty': expected a whole number from 0 to 65535")
                .hasMessageContaining("SEND_TIME is '9am'")
                .hasMessageContaining("ONBOARDING_DEFAULT_TIME_ZONE is 'Mars/Olympus'")
                .hasMessageContaining("DATABASE_URL must start with jdbc:h2: or jdbc:postgresql:")
                .hasMessageContaining("ONBOARDING_ADMINS has 'bob'")
                .hasMessageContaining("ONBOARDING_MANAGERS has 'alice': expected Slack user ids");
    }

    @Test
    void logFormatComesFromTheEnvironmentOverTheDefaultsFile(@TempDir Path dir) throws Exception {
        assertThat(Settings.logFormat(Map.of())).isEqualTo("text");
        assertThat(Settings.logFormat(Map.of("LOG_FORMAT", "json"))).isEqualTo("json");
        Path file = dir.resolve("application.yaml");
        Files.writeString(file, Files.readString(Settings.DEFAULT_FILE).replace("format: text", "format: json"));
        assertThat(Settings.logFormat(Map.of("CONFIG_FILE", file.toString()))).isEqualTo("json");
        assertThat(Settings.logFormat(
                        Map.of("CONFIG_FILE", dir.resolve("missing.yaml").toString())))
                .isEqualTo("text");
    }

    @Test
    void quietHoursThatEndBeforeTheyStartAreRefusedWithBothSettingsNamed() {
        assertThatThrownBy(() -> Settings.load(Map.of("QUIET_HOURS_START", "18:00", "QUIET_HOURS_END", "08:00")))
                .hasMessageContaining("QUIET_HOURS_START (18:00) must be before QUIET_HOURS_END (08:00)");
    }

    @Test
    void anOutboxLeaseShorterThanOneWorstCaseSendIsRefusedNamingTheMinimum() {
        assertThatThrownBy(() -> Settings.load(Map.of("OUTBOX_LEASE_SECONDS", "9")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(
                        "OUTBOX_LEASE_SECONDS is '9': expected a whole number from 10 to 3600 (at least 10");

        assertThat(Settings.load(Map.of("OUTBOX_LEASE_SECONDS", "10")).plan().outboxLease())
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(Settings.load(Map.of()).plan().outboxLease()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void sendersAndThePlatformsSendBudgetsHaveDefaultsThatBeat525PostsAMinute() {
        var outbox = Settings.load(Map.of()).plan().outbox();
        assertThat(outbox.senders()).isEqualTo(32);
        assertThat(outbox.slackBudgetPerMinute()).isEqualTo(600).isGreaterThan(525);
        assertThat(outbox.msteamsBudgetPerSecond()).isEqualTo(40);

        assertThatThrownBy(() -> Settings.load(Map.of("OUTBOX_SENDERS", "0")))
                .hasMessageContaining("OUTBOX_SENDERS is '0': expected a whole number from 1 to 64");
        assertThat(Settings.load(Map.of("SLACK_SEND_BUDGET_PER_MINUTE", "120"))
                        .plan()
                        .outbox()
                        .slackBudgetPerMinute())
                .isEqualTo(120);
    }

    @Test
    void serveNamesEveryMissingSlackSettingAtOnce() {
        assertThatThrownBy(() -> Settings.load(Map.of()).requireServe())
                .hasMessageContaining("SLACK_BOT_TOKEN is not set")
                .hasMessageContaining("SLACK_SIGNING_SECRET is not set")
                .hasMessageContaining("MANAGER_CHANNEL is not set");
    }

    @Test
    void anAppTokenThatIsNotAnXappTokenIsRefused() {
        assertThatThrownBy(() -> Settings.load(Map.of("SLACK_APP_TOKEN", "xoxb-wrong")))
                .hasMessageContaining("SLACK_APP_TOKEN must be an app-level token starting with 'xapp-'");
    }

    @Test
    void secretsNeverAppearInTheTextFormOfTheSettings() {
        Map<String, String> env = new HashMap<>(SERVE_ENV);
        env.put("DATABASE_PASSWORD", "db-password-value");
        env.put("SLACK_APP_TOKEN", "xapp-1-app-token-value");

        String text = Settings.load(env).toString();

        assertThat(text).doesNotContain("secret-token", "signing-secret-value", "db-password-value", "app-token-value");
        assertThat(text).contains("****");
    }

    @Test
    void unrelatedEnvironmentVariablesAreIgnoredAndAMissingDefaultsFileIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("application.yaml");
        Files.writeString(file, Files.readString(Settings.DEFAULT_FILE));
        Settings settings = Settings.load(Map.of("CONFIG_FILE", file.toString(), "SLACK_CLIENT_ID", "x"));
        assertThat(settings.port()).isEqualTo(3000);

        assertThatThrownBy(() -> Settings.load(
                        Map.of("CONFIG_FILE", dir.resolve("nope.yaml").toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("nope.yaml")
                .hasMessageContaining("CONFIG_FILE");
    }
}
