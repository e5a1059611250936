package dev.onboardingbuddy.config;

import dev.onboardingbuddy.enrollment.ChatIds;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Turns raw values into typed settings, collecting one message per bad setting instead of stopping at the first. */
final class SettingsReader {
    private final SettingsSource source;
    private final List<String> problems = new ArrayList<>();

    SettingsReader(SettingsSource source) {
        this.source = source;
    }

    Settings read() {
        int port = integer("PORT", 0, 65535);
        String logFormat = source.get("LOG_FORMAT").orElse("text");
        if (!logFormat.equalsIgnoreCase("text") && !logFormat.equalsIgnoreCase("json")) {
            problems.add("LOG_FORMAT is '" + logFormat + "': expected text or json");
        }
        DatabaseSettings database = new DatabaseSettings(
                text("DATABASE_URL"),
                source.get("DATABASE_USER").orElse(""),
                new Secret(source.get("DATABASE_PASSWORD").orElse("")),
                integer("DATABASE_POOL_SIZE", 1, 200),
                Duration.ofMillis(integer(
                        "DATABASE_CONNECTION_TIMEOUT_MS",
                        250,
                        2000,
                        " (a Slack request waits on it and must be answered within 3 s)")),
                Duration.ofSeconds(integer("DATABASE_QUERY_TIMEOUT_SECONDS", 1, 600)),
                Duration.ofSeconds(integer("DATABASE_REOPEN_GRACE_SECONDS", 1, 3600)));
        if (!database.url().startsWith("jdbc:h2:") && !database.url().startsWith("jdbc:postgresql:")) {
            problems.add("DATABASE_URL must start with jdbc:h2: or jdbc:postgresql:, not '" + database.url() + "'");
        }
        RoleSettings roles = new RoleSettings(people("ONBOARDING_ADMINS"), people("ONBOARDING_MANAGERS"));
        SlackSettings slack = new SlackSettings(
                secret("SLACK_BOT_TOKEN"),
                secret("SLACK_SIGNING_SECRET"),
                appToken(),
                apiUrl(),
                source.get("MANAGER_CHANNEL").orElse(""),
                Duration.ofMillis(integer("SLACK_ACK_DEADLINE_MS", 500, 2900, " (Slack gives up after 3000)")),
                Duration.ofMillis(integer("SLACK_API_TIMEOUT_MS", 500, 60000)));
        MsTeamsSettings msteams = msteams();
        PlanSettings plan = new PlanSettings(
                time("SEND_TIME"),
                time("QUIET_HOURS_START"),
                time("QUIET_HOURS_END"),
                reminderPolicy(),
                text("ONBOARDING_DEFAULT_TEMPLATE"),
                text("ONBOARDING_DEFAULT_CALENDAR"),
                zone(),
                outboxLease(),
                new OutboxSettings(
                        integer("OUTBOX_SENDERS", 1, 64),
                        integer("SLACK_SEND_BUDGET_PER_MINUTE", 1, 100_000),
                        integer(
                                "MSTEAMS_SEND_BUDGET_PER_SECOND",
                                1,
                                1000,
                                " (Teams allows about 50 requests per second per app and tenant)")));
        if (!plan.quietHoursStart().isBefore(plan.quietHoursEnd())) {
            problems.add("QUIET_HOURS_START (" + plan.quietHoursStart() + ") must be before QUIET_HOURS_END ("
                    + plan.quietHoursEnd() + "): they bound the part of the day people may be messaged");
        }
        FileSettings files = new FileSettings(
                Path.of(text("CHECKLISTS_DIR")), Path.of(text("CALENDARS_DIR")), Path.of(text("TEAMS_DIR")));
        BackupSettings backups = new BackupSettings(
                Path.of(text("BACKUP_DIR")),
                integer("BACKUP_KEEP", 1, 1000),
                Duration.ofHours(integer("BACKUP_INTERVAL_HOURS", 0, 8760)));
        ApiSettings api =
                new ApiSettings(integer("API_RATE_PER_MINUTE", 1, 100_000), integer("API_RATE_BURST", 1, 10_000));
        if (!problems.isEmpty()) {
            throw ConfigurationException.of(problems);
        }
        return new Settings(port, database, roles, slack, msteams, plan, files, backups, api);
    }

    private String text(String name) {
        return source.get(name).orElseGet(() -> {
            problems.add(name + " is empty: set it, or restore its default in config/application.yaml");
            return "";
        });
    }

    private Secret secret(String name) {
        return new Secret(source.get(name).orElse(""));
    }

    private int integer(String name, int min, int max) {
        return integer(name, min, max, "");
    }

    private int integer(String name, int min, int max, String why) {
        return parse(
                name,
                value -> {
                    int number = Integer.parseInt(value);
                    if (number < min || number > max) {
                        throw new IllegalArgumentException();
                    }
                    return number;
                },
                "a whole number from " + min + " to " + max + why,
                0);
    }

    // Senders renew the leases of what they send every third of a lease, and renew a lease right before each send;
    // the minimum keeps a Slack send with default timeouts inside the lease it starts with.
    private Duration outboxLease() {
        long minimum = DispatchOutbox.MINIMUM_LEASE.toSeconds();
        return Duration.ofSeconds(integer(
                "OUTBOX_LEASE_SECONDS",
                (int) minimum,
                3600,
                " (at least " + minimum
                        + ": a send must fit into the lease it starts with; senders renew it while they work)"));
    }

    private LocalTime time(String name) {
        return parse(name, LocalTime::parse, "a time of day such as 09:00", LocalTime.NOON);
    }

    private ZoneId zone() {
        return parse(
                "ONBOARDING_DEFAULT_TIME_ZONE", ZoneId::of, "a time zone id such as Europe/Berlin", ZoneId.of("UTC"));
    }

    private <T> T parse(String name, Function<String, T> parser, String expected, T fallback) {
        String value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeException e) { // DateTimeParseException is a DateTimeException
            problems.add(name + " is '" + value + "': expected " + expected);
        }
        return fallback;
    }

    private ReminderPolicy reminderPolicy() {
        int headsUp = integer("REMINDER_HEADS_UP_DAYS", 0, 30);
        int every = integer("REMINDER_OVERDUE_EVERY_DAYS", 1, 30);
        int cap = integer("REMINDER_OVERDUE_CAP", 0, 20);
        return problems.isEmpty() ? new ReminderPolicy(headsUp, every, cap) : ReminderPolicy.DEFAULT;
    }

    private Optional<Secret> appToken() {
        Optional<String> token = source.get("SLACK_APP_TOKEN");
        if (token.isPresent() && !token.get().startsWith("xapp-")) {
            problems.add(
                    "SLACK_APP_TOKEN must be an app-level token starting with 'xapp-' (or be empty for HTTP mode)");
        }
        return token.map(Secret::new);
    }

    private String apiUrl() {
        String url = text("SLACK_API_URL");
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            problems.add("SLACK_API_URL is '" + url + "': expected an http(s) URL such as https://slack.com/api/");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private MsTeamsSettings msteams() {
        String tenant = source.get("MSTEAMS_TENANT_ID").orElse("");
        String tokenUrl = source.get("MSTEAMS_TOKEN_URL")
                .orElse("https://login.microsoftonline.com/" + (tenant.isBlank() ? "{MSTEAMS_TENANT_ID}" : tenant)
                        + "/oauth2/v2.0/token");
        String serviceUrl = httpUrl("MSTEAMS_SERVICE_URL");
        String metadata = httpUrl("MSTEAMS_OPENID_METADATA_URL");
        String channel = source.get("MSTEAMS_MANAGER_CHANNEL").orElse("");
        if (!channel.isBlank()
                && ChatIds.channelPlatform(channel)
                        .filter(Platform.MSTEAMS::equals)
                        .isEmpty()) {
            problems.add("MSTEAMS_MANAGER_CHANNEL is '" + channel + "': expected a Teams channel id such as "
                    + "19:abc...@thread.tacv2");
        }
        return new MsTeamsSettings(
                source.get("MSTEAMS_APP_ID").orElse(""),
                secret("MSTEAMS_APP_PASSWORD"),
                tenant,
                channel,
                serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/",
                metadata,
                tokenUrl);
    }

    private String httpUrl(String name) {
        String url = text(name);
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            problems.add(name + " is '" + url + "': expected an http(s) URL");
        }
        return url;
    }

    /** A comma-separated list of people, each a Slack or Teams user id or an Entra object id. */
    private Set<String> people(String name) {
        Set<String> people = new LinkedHashSet<>();
        for (String id : Arrays.asList(source.get(name).orElse("").split(","))) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (ChatIds.person(trimmed).isEmpty()) {
                problems.add(name + " has '" + trimmed + "': expected Slack user ids such as U012AB3CD, Teams "
                        + "user ids such as 29:1AbC..., or Entra object ids");
            }
            people.add(trimmed);
        }
        return people;
    }
}
